An init container's image can be changed on a pod that has already started, but the kubelet
does nothing with it: an initialized pod does not run its init containers again (they run
again only in a new sandbox). The spec shows the new image; the init container's status keeps
the image it ran, with no restart and no new events.
  $ cat > p.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: withinit
  > spec:
  >   initContainers:
  >   - name: setup
  >     image: busybox:1.36
  >     command: ["sh", "-c", "echo ready"]
  >   containers:
  >   - name: app
  >     image: nginx
  > EOF
  $ kubectl apply -f p.yaml
  pod/withinit created
  $ sleep 30
  $ kubectl get pod withinit
  NAME       READY   STATUS    RESTARTS   AGE
  withinit   1/1     Running   0          30s
  $ kubectl set image pod/withinit setup=busybox:1.37
  pod/withinit image updated
  $ sleep 30
  $ kubectl get pod withinit
  NAME       READY   STATUS    RESTARTS   AGE
  withinit   1/1     Running   0          60s
  $ kubectl get pod withinit -o jsonpath='{.spec.initContainers[0].image} {.status.initContainerStatuses[0].image} {.status.initContainerStatuses[0].restartCount}{"\n"}'
  busybox:1.37 docker.io/library/busybox:1.36 0
  $ kubectl get events --field-selector involvedObject.name=withinit
  LAST SEEN   TYPE     REASON      OBJECT         MESSAGE
  60s         Normal   Scheduled   pod/withinit   Successfully assigned default/withinit to tk8s-worker2
  58s         Normal   Pulling     pod/withinit   Pulling image "busybox:1.36"
  58s         Normal   Pulled      pod/withinit   Successfully pulled image "busybox:1.36" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  58s         Normal   Created     pod/withinit   Created container: setup
  58s         Normal   Started     pod/withinit   Started container setup
  58s         Normal   Pulling     pod/withinit   Pulling image "nginx"
  53s         Normal   Pulled      pod/withinit   Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  53s         Normal   Created     pod/withinit   Created container: app
  53s         Normal   Started     pod/withinit   Started container app
