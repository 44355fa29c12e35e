A container that states only limits is given requests equal to them when the pod is stored: the
scheduler counts them, and the pod is Guaranteed. A pod template keeps what it states; each pod
made from it gets the requests.
  $ cat > capped.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: capped
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx:1.27
  >     resources:
  >       limits:
  >         cpu: 500m
  >         memory: 128Mi
  > EOF
  $ kubectl apply -f capped.yaml
  pod/capped created
  $ kubectl get pod capped -o jsonpath='{.spec.containers[0].resources}{"\n"}{.status.qosClass}{"\n"}'
  {"limits":{"cpu":"500m","memory":"128Mi"},"requests":{"cpu":"500m","memory":"128Mi"}}
  Guaranteed
  $ sleep 5
  $ kubectl describe pod capped | sed -n '/Limits:/,/Environment:/p'
      Limits:
        cpu:     500m
        memory:  128Mi
      Requests:
        cpu:        500m
        memory:     128Mi
      Environment:  <none>
  $ kubectl describe node "$(kubectl get pod capped -o jsonpath='{.spec.nodeName}')" | grep -A4 'Allocated resources'
  Allocated resources:
    (Total limits may be over 100 percent, i.e., overcommitted.)
    Resource           Requests    Limits
    --------           --------    ------
    cpu                750m (18%)  500m (12%)
  $ kubectl create deployment capped-web --image=nginx:1.27 --replicas=1
  deployment.apps/capped-web created
  $ kubectl set resources deployment capped-web --limits=cpu=200m
  deployment.apps/capped-web resource requirements updated
  $ sleep 30
  $ kubectl get deploy capped-web -o jsonpath='{.spec.template.spec.containers[0].resources}{"\n"}'
  {"limits":{"cpu":"200m"}}
  $ kubectl get pods -l app=capped-web -o jsonpath='{.items[*].spec.containers[0].resources}{"\n"}'
  {"limits":{"cpu":"200m"},"requests":{"cpu":"200m"}}
A host-network pod's ports get host ports equal to their container ports.
  $ kubectl run hostnet --image=nginx:1.27 --port=80 --overrides='{"spec":{"hostNetwork":true}}'
  pod/hostnet created
  $ kubectl get pod hostnet -o jsonpath='{.spec.containers[0].ports}{"\n"}'
  [{"containerPort":80,"hostPort":80,"protocol":"TCP"}]
