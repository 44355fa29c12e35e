The apiserver refuses invalid workloads with every reason it finds, and stores nothing.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: x
  > spec:
  >   selector:
  >     matchLabels:
  >       app: x
  >   template:
  >     metadata:
  >       labels:
  >         app: other
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  The Deployment "x" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`
  $ echo $?
  1
  $ kubectl get deploy x
  Error from server (NotFound): deployments.apps "x" not found
  $ cat <<EOF | kubectl create -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: x
  > spec:
  >   template:
  >     metadata:
  >       labels:
  >         app: x
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  The Deployment "x" is invalid: 
  * spec.selector: Required value
  * spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: Web_1
  > spec:
  >   replicas: -1
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers: []
  > EOF
  The Deployment "Web_1" is invalid: 
  * metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
  * spec.replicas: Invalid value: -1: must be greater than or equal to 0
  * spec.template.spec.containers: Required value
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: ReplicaSet
  > metadata:
  >   name: rs
  > spec:
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: rs
  >   template:
  >     metadata:
  >       labels:
  >         app: rs
  >     spec:
  >       restartPolicy: Never
  >       containers:
  >       - name: Web
  >       - name: Web
  >         image: nginx
  > EOF
  The ReplicaSet "rs" is invalid: 
  * spec.template.spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
  * spec.template.spec.containers[0].image: Required value
  * spec.template.spec.containers[1].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
  * spec.template.spec.containers[1].name: Duplicate value: "Web"
  * spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: agent
  > spec:
  >   template:
  >     metadata:
  >       labels:
  >         app: agent
  >     spec:
  >       containers:
  >       - name: agent
  >         image: busybox
  > EOF
  The DaemonSet "agent" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"agent"}: `selector` does not match template `labels`
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: db.v1
  > spec:
  >   serviceName: db
  >   replicas: -3
  >   selector:
  >     matchLabels:
  >       app: db
  >   template:
  >     metadata:
  >       labels:
  >         app: db
  >     spec:
  >       containers:
  >       - name: db
  >         image: nginx
  > EOF
  The StatefulSet "db.v1" is invalid: 
  * metadata.name: Invalid value: "db.v1": must not contain dots
  * spec.replicas: Invalid value: -3: must be greater than or equal to 0
  $ kubectl get deploy,rs,ds,sts
  No resources found in default namespace.

A selector cannot change once set.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels:
  >       app: other
  >   template:
  >     metadata:
  >       labels:
  >         app: other
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels:
  >       app: other
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  The Deployment "web" is invalid: 
  * spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`
  * spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable
  $ kubectl get deploy web -o jsonpath='{.spec.selector.matchLabels}{"\n"}'
  {"app":"web"}
