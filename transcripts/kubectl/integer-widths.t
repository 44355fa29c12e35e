The apiserver decodes a manifest into Go structs, so each number must fit its field's Go type:
replicas and container ports are int32, terminationGracePeriodSeconds is int64. A number too wide,
a fraction or a string is refused with encoding/json's error, naming the innermost struct and the
field's path, and nothing is created.
  $ cat > big.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: big
  > spec:
  >   replicas: 3000000000
  >   selector:
  >     matchLabels:
  >       app: big
  >   template:
  >     metadata:
  >       labels:
  >         app: big
  >     spec:
  >       terminationGracePeriodSeconds: 10000000000
  >       containers:
  >       - name: web
  >         image: nginx
  >         ports:
  >         - containerPort: 80.5
  > EOF
  $ kubectl apply -f big.yaml
  Error from server (BadRequest): error when creating "big.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32
  $ kubectl get deployments
  No resources found in default namespace.
A string is no number either, even when it holds one.
  $ sed -i 's/replicas: 3000000000/replicas: "3"/' big.yaml
  $ kubectl create -f big.yaml
  Error from server (BadRequest): error when creating "big.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
With replicas right, the port's fraction is next; an int64 field takes ten billion.
  $ sed -i 's/replicas: "3"/replicas: 3/' big.yaml
  $ kubectl create -f big.yaml
  Error from server (BadRequest): error when creating "big.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32
The protocol is a Go string type of its own, and its name is what the error shows.
  $ sed -i 's/containerPort: 80.5/containerPort: 80\n          protocol: 6/' big.yaml
  $ kubectl create -f big.yaml
  Error from server (BadRequest): error when creating "big.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field ContainerPort.spec.template.spec.containers.ports.protocol of type v1.Protocol
A Service's targetPort is a number or a name; a number must still fit an int32.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: big
  >   ports:
  >   - port: 80
  >     targetPort: 1e10
  > EOF
  Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number 10000000000 into Go struct field ServicePort.spec.ports.targetPort of type int32
  $ kubectl get services
  NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  kubernetes   ClusterIP   10.98.0.1    <none>        443/TCP   46h
  $ sed -i 's/protocol: 6/protocol: TCP/' big.yaml
  $ kubectl create -f big.yaml
  deployment.apps/big created
  $ kubectl get deployment big -o jsonpath='{.spec.replicas} {.spec.template.spec.terminationGracePeriodSeconds}{"\n"}'
  3 10000000000
