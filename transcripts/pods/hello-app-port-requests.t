hello-app listens on the port its PORT variable names (the image sets 8080) and logs it, then
logs the path of every request it serves, whoever sends it: a probe, a pod through a Service,
the host through port-forward.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: hello
  > spec:
  >   replicas: 1
  >   selector:
  >     matchLabels:
  >       app: hello
  >   template:
  >     metadata:
  >       labels:
  >         app: hello
  >     spec:
  >       containers:
  >       - name: hello
  >         image: gcr.io/google-samples/hello-app:1.0
  >         env:
  >         - name: PORT
  >           value: "9000"
  >         readinessProbe:
  >           httpGet:
  >             path: /ready
  >             port: 9000
  >           periodSeconds: 20
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: hello
  > spec:
  >   selector:
  >     app: hello
  >   ports:
  >   - port: 80
  >     targetPort: 9000
  > EOF
  deployment.apps/hello created
  service/hello created
  $ sleep 30
  $ kubectl get pods -l app=hello
  NAME                     READY   STATUS    RESTARTS   AGE
  hello-564f5d7498-c89zj   1/1     Running   0          30s
  $ kubectl run client --image=busybox --restart=Never --rm -i -- wget -qO- hello/greet?who=me
  If you don't see a command prompt, try pressing enter.
  Hello, world!
  Version: 1.0.0
  Hostname: hello-564f5d7498-c89zj
  pod "client" deleted
  $ kubectl port-forward deploy/hello 9090:9000 > /dev/null &
  [1] 2482
  $ curl -s localhost:9090/from/host
  Handling connection for 9090
  Hello, world!
  Version: 1.0.0
  Hostname: hello-564f5d7498-c89zj
  $ kubectl logs deploy/hello
  2025/04/23 07:25:03 Server listening on port 9000
  2025/04/23 07:25:03 Serving request: /ready
  2025/04/23 07:25:20 Serving request: /ready
  2025/04/23 07:25:32 Serving request: /greet
  2025/04/23 07:25:32 Serving request: /from/host
Nothing listens on 8080 any more.
  $ kubectl exec deploy/hello -- wget -qO- localhost:8080
  wget: can't connect to remote host (127.0.0.1): Connection refused
  command terminated with exit code 1
