agnhost's serve-hostname answers with its pod's name, so repeated requests to a Service show
kube-proxy spreading connections over the ready endpoints; a headless Service's name resolves
to the pods themselves. agnhost's netexec answers /hostname and /echo. agnhost is Alpine with
curl 7.83 and OpenBSD netcat added, whose messages differ from Debian's curl 7.88 and busybox.
  $ kubectl create deployment hostnames --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --replicas=3 -- /agnhost serve-hostname
  deployment.apps/hostnames created
  $ kubectl expose deployment hostnames --port=80 --target-port=9376
  service/hostnames exposed
  $ kubectl expose deployment hostnames --name=hostnames-headless --cluster-ip=None --port=9376
  service/hostnames-headless exposed
  $ kubectl run probe --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- netexec
  pod/probe created
  $ sleep 20
  $ kubectl get pods -o wide
  NAME                        READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                       1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  hostnames-bb658d9f5-9sjxk   1/1     Running   0          20s   10.244.1.8     tk8s-worker2   <none>           <none>
  hostnames-bb658d9f5-c89zj   1/1     Running   0          20s   10.244.0.142   tk8s-worker1   <none>           <none>
  hostnames-bb658d9f5-c9dcc   1/1     Running   0          20s   10.244.1.9     tk8s-worker2   <none>           <none>
  probe                       1/1     Running   0          20s   10.244.0.143   tk8s-worker1   <none>           <none>
  $ kubectl exec probe -- curl -s hostnames; echo
  hostnames-bb658d9f5-9sjxk
  $ sleep 1
  $ kubectl exec probe -- curl -s hostnames; echo
  hostnames-bb658d9f5-c89zj
  $ sleep 1
  $ kubectl exec probe -- curl -s hostnames; echo
  hostnames-bb658d9f5-c9dcc
  $ sleep 1
  $ kubectl exec probe -- curl -s hostnames; echo
  hostnames-bb658d9f5-9sjxk
  $ sleep 1
  $ kubectl exec probe -- curl -s localhost:8080/hostname; echo
  probe
  $ kubectl exec probe -- curl -s 'localhost:8080/echo?msg=hello'; echo
  hello
  $ kubectl exec probe -- nc -zv hostnames 80
  Connection to hostnames 80 port [tcp/http] succeeded!
  $ kubectl exec probe -- nc -zv hostnames 81
  nc: connect to hostnames port 81 (tcp) failed: Connection refused
  command terminated with exit code 1
  $ kubectl exec probe -- curl -sS hostnames:81
  curl: (7) Failed to connect to hostnames port 81 after 0 ms: Connection refused
  command terminated with exit code 7
  $ kubectl exec probe -- sh -c 'curl -s hostnames-headless:9376; echo'
  hostnames-bb658d9f5-c89zj
