The apiserver refuses port numbers outside 1-65535 wherever a port is named: a container's port
(0 is a missing one) and host port, its probes' ports (a number, or a port name of at most 15
lower-case letters, digits and single inner hyphens), a Service's port and target port. Each
refusal names the field's path; pods and the templates of workloads are checked alike.
  $ kubectl run p --image=nginx --port=99999
  The Pod "p" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 99999: must be between 1 and 65535, inclusive
  $ kubectl create deployment d --image=nginx --port=65536
  error: failed to create deployment: Deployment.apps "d" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive
  $ cat > pod.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: q
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx
  >     ports:
  >     - containerPort: 0
  >       name: Http_X
  >       hostPort: 70000
  >     livenessProbe:
  >       httpGet:
  >         port: 123456
  >     readinessProbe:
  >       tcpSocket:
  >         port: -web-
  > EOF
  $ kubectl apply -f pod.yaml
  The Pod "q" is invalid: 
  * spec.containers[0].ports[0].name: Invalid value: "Http_X": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)
  * spec.containers[0].ports[0].containerPort: Required value
  * spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive
  * spec.containers[0].livenessProbe.httpGet.port: Invalid value: 123456: must be between 1 and 65535, inclusive
  * spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: "-web-": must not begin or end with a hyphen
  $ cat > svc.yaml <<'EOF'
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: s
  > spec:
  >   ports:
  >   - port: 70000
  >     targetPort: http_x
  > EOF
  $ kubectl apply -f svc.yaml
  The Service "s" is invalid: 
  * spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive
  * spec.ports[0].targetPort: Invalid value: "http_x": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)
  $ kubectl create service clusterip s --tcp=0:80
  error: failed to create ClusterIP service: Service "s" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive
  $ kubectl run ok --image=nginx --port=65535
  pod/ok created
