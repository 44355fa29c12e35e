An image tag the registry does not have: ErrImagePull, then ImagePullBackOff while the kubelet
waits longer and longer (10s, 20s, 40s ... 5m) before trying again.
  $ kubectl run bad --image=nginx:doesnotexist
  pod/bad created
  $ sleep 3
  $ kubectl get pods
  NAME    READY   STATUS         RESTARTS   AGE
  bad     0/1     ErrImagePull   0          3s
  goweb   1/1     Running        0          95m
  $ sleep 10
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS   AGE
  bad     0/1     ImagePullBackOff   0          13s
  goweb   1/1     Running            0          95m
  $ sleep 60
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS   AGE
  bad     0/1     ImagePullBackOff   0          73s
  goweb   1/1     Running            0          96m
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT    MESSAGE
  73s         Normal    Scheduled   pod/bad   Successfully assigned default/bad to tk8s-worker2
  39s         Normal    Pulling     pod/bad   Pulling image "nginx:doesnotexist"
  38s         Warning   Failed      pod/bad   Failed to pull image "nginx:doesnotexist": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found
  38s         Warning   Failed      pod/bad   Error: ErrImagePull
  8s          Normal    BackOff     pod/bad   Back-off pulling image "nginx:doesnotexist"
  8s          Warning   Failed      pod/bad   Error: ImagePullBackOff
A repository that does not exist: Docker Hub answers with an authorization error.
  $ kubectl delete pod bad
  pod "bad" deleted
  $ kubectl run typo --image=nginxx
  pod/typo created
  $ sleep 3
  $ kubectl get pod typo -o jsonpath='{.status.containerStatuses[0].state}'
  {"waiting":{"message":"rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/nginxx:latest\": failed to resolve reference \"docker.io/library/nginxx:latest\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed","reason":"ErrImagePull"}} (no-eol)
  $ sleep 1
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS   AGE
  goweb   1/1     Running            0          96m
  typo    0/1     ImagePullBackOff   0          4s
