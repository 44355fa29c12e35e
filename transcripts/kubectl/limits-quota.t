A namespace's LimitRange fills in the requests and limits a pod leaves out and refuses
containers outside its bounds; a ResourceQuota counts what the namespace uses and refuses
what would go past it.
  $ kubectl create namespace dev
  namespace/dev created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: LimitRange
  > metadata:
  >   name: container-limits
  >   namespace: dev
  > spec:
  >   limits:
  >   - type: Container
  >     max:
  >       cpu: 500m
  >       memory: 512Mi
  >     min:
  >       cpu: 50m
  >     defaultRequest:
  >       memory: 64Mi
  > EOF
  limitrange/container-limits created
  $ kubectl get limits -n dev
  NAME               CREATED AT
  container-limits   2025-04-23T07:25:00Z
  $ kubectl get limitrange container-limits -n dev -o yaml | sed -n '/^spec:/,$p'
  spec:
    limits:
    - default:
        cpu: 500m
        memory: 512Mi
      defaultRequest:
        cpu: 500m
        memory: 64Mi
      max:
        cpu: 500m
        memory: 512Mi
      min:
        cpu: 50m
      type: Container
  $ kubectl describe limitrange container-limits -n dev
  Name:       container-limits
  Namespace:  dev
  Type        Resource  Min  Max    Default Request  Default Limit  Max Limit/Request Ratio
  ----        --------  ---  ---    ---------------  -------------  -----------------------
  Container   cpu       50m  500m   500m             500m           -
  Container   memory    -    512Mi  64Mi             512Mi          -
  $ kubectl run web --image=nginx -n dev
  pod/web created
  $ kubectl get pod web -n dev -o yaml | grep -A1 'limit-ranger'
      kubernetes.io/limit-ranger: 'LimitRanger plugin set: cpu, memory request for container
        web; cpu, memory limit for container web'
  $ kubectl get pod web -n dev -o jsonpath='{.spec.containers[0].resources}{"\n"}'
  {"limits":{"cpu":"500m","memory":"512Mi"},"requests":{"cpu":"500m","memory":"64Mi"}}
  $ kubectl describe pod web -n dev | grep -A6 Limits
      Limits:
        cpu:     500m
        memory:  512Mi
      Requests:
        cpu:        500m
        memory:     64Mi
      Environment:  <none>
  $ kubectl run big --image=nginx -n dev --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"limits":{"cpu":"1"}}}]}}'
  Error from server (Forbidden): pods "big" is forbidden: maximum cpu usage per Container is 500m, but limit is 1
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: greedy
  >   namespace: dev
  > spec:
  >   containers:
  >   - name: app
  >     image: nginx
  >     resources:
  >       requests:
  >         cpu: 10m
  >       limits:
  >         memory: 1Gi
  > EOF
  Error from server (Forbidden): error when creating "STDIN": pods "greedy" is forbidden: [minimum cpu usage per Container is 50m, but request is 10m, maximum memory usage per Container is 512Mi, but limit is 1Gi]
A quota on pods and compute; the LimitRange's defaults give every pod what the quota needs.
  $ kubectl create quota team --hard=pods=2,requests.cpu=1,limits.memory=1Gi -n dev
  resourcequota/team created
  $ kubectl get quota -n dev
  NAME   AGE   REQUEST                           LIMIT
  team   0s    pods: 1/2, requests.cpu: 500m/1   limits.memory: 512Mi/1Gi
  $ kubectl run second --image=nginx -n dev
  pod/second created
  $ kubectl get quota team -n dev
  NAME   AGE   REQUEST                        LIMIT
  team   0s    pods: 2/2, requests.cpu: 1/1   limits.memory: 1Gi/1Gi
  $ kubectl describe quota team -n dev
  Name:          team
  Namespace:     dev
  Resource       Used  Hard
  --------       ----  ----
  limits.memory  1Gi   1Gi
  pods           2     2
  requests.cpu   1     1
  $ kubectl run third --image=nginx -n dev
  Error from server (Forbidden): pods "third" is forbidden: exceeded quota: team, requested: limits.memory=512Mi,pods=1,requests.cpu=500m, used: limits.memory=1Gi,pods=2,requests.cpu=1, limited: limits.memory=1Gi,pods=2,requests.cpu=1
  $ kubectl delete limitrange container-limits -n dev
  limitrange "container-limits" deleted
  $ kubectl delete pod second -n dev --now
  pod "second" deleted
  $ kubectl run fourth --image=nginx -n dev
  Error from server (Forbidden): pods "fourth" is forbidden: failed quota: team: must specify limits.memory for: fourth; requests.cpu for: fourth
A Deployment's ReplicaSet meets the same refusal and records it.
  $ kubectl create deployment api --image=nginx -n dev
  deployment.apps/api created
  $ kubectl get events -n dev --field-selector reason=FailedCreate
  LAST SEEN   TYPE      REASON         OBJECT                      MESSAGE
  0s          Warning   FailedCreate   replicaset/api-56d4b8558c   Error creating: pods "api-56d4b8558c-lzwgj" is forbidden: failed quota: team: must specify limits.memory for: nginx; requests.cpu for: nginx
  0s          Warning   FailedCreate   replicaset/api-56d4b8558c   Error creating: pods "api-56d4b8558c-sqswb" is forbidden: failed quota: team: must specify limits.memory for: nginx; requests.cpu for: nginx
  $ kubectl describe namespace dev
  Name:         dev
  Labels:       kubernetes.io/metadata.name=dev
  Annotations:  <none>
  Status:       Active
  
  Resource Quotas
    Name:          team
    Resource       Used   Hard
    --------       ---    ---
    limits.memory  512Mi  1Gi
    pods           1      2
    requests.cpu   500m   1
  
  No LimitRange resource.
The ReplicaSet keeps trying, less and less often; once a LimitRange gives pods their
defaults again, its next try succeeds.
  $ sleep 30
  $ kubectl describe replicaset -n dev -l app=api | tail -4
    Warning  FailedCreate  30s                replicaset-controller  Error creating: pods "api-56d4b8558c-n689h" is forbidden: failed quota: team: must specify limits.memory for: nginx; requests.cpu for: nginx
    Warning  FailedCreate  30s                replicaset-controller  Error creating: pods "api-56d4b8558c-dm7nx" is forbidden: failed quota: team: must specify limits.memory for: nginx; requests.cpu for: nginx
    Warning  FailedCreate  29s                replicaset-controller  Error creating: pods "api-56d4b8558c-98v2q" is forbidden: failed quota: team: must specify limits.memory for: nginx; requests.cpu for: nginx
    Warning  FailedCreate  10s (x4 over 28s)  replicaset-controller  (combined from similar events): Error creating: pods "api-56d4b8558c-8h99m" is forbidden: failed quota: team: must specify limits.memory for: nginx; requests.cpu for: nginx
  $ kubectl create -n dev -f - <<EOF
  > apiVersion: v1
  > kind: LimitRange
  > metadata:
  >   name: defaults
  > spec:
  >   limits:
  >   - type: Container
  >     default:
  >       cpu: 200m
  >       memory: 128Mi
  > EOF
  limitrange/defaults created
  $ sleep 60
  $ kubectl get pods -n dev
  NAME                   READY   STATUS    RESTARTS   AGE
  api-56d4b8558c-8w8pp   1/1     Running   0          50s
  web                    1/1     Running   0          91s
  $ kubectl get quota -n dev
  NAME   AGE   REQUEST                           LIMIT
  team   91s   pods: 2/2, requests.cpu: 700m/1   limits.memory: 640Mi/1Gi
