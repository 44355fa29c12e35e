Go templates (-o go-template, -o template, -o go-template-file, --template): fields, ranges with
variables, conditions, printf, kubectl's base64decode and exists, for get and for writing verbs;
missing keys print <no value>, and the errors kubectl gives for bad templates.
  $ kubectl get pods -n kube-system -l k8s-app=kube-dns -o go-template='{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}'
  coredns-66967f4c59-sc4gn
  coredns-66967f4c59-zkpkl
  $ kubectl get nodes -o template --template='{{range .items}}{{.metadata.name}}: {{index .metadata.labels "kubernetes.io/hostname"}} cpu={{.status.capacity.cpu}}{{"\n"}}{{end}}'
  tk8s-control-plane: tk8s-control-plane cpu=4
  tk8s-worker1: tk8s-worker1 cpu=4
  tk8s-worker2: tk8s-worker2 cpu=4
  $ kubectl get svc kube-dns -n kube-system -o go-template='{{.spec.clusterIP}}{{range .spec.ports}} {{.port}}/{{.protocol}}{{end}}{{"\n"}}'
  10.98.0.10 53/UDP 53/TCP 9153/TCP
  $ kubectl get deploy coredns -n kube-system -o go-template='{{.spec.replicas}} {{printf "%T" .spec.replicas}} {{.spec.template.spec.terminationGracePeriodSeconds}}{{"\n"}}'
  2 int64 30
  $ kubectl get pods -n kube-system -o go-template='{{range $i, $p := .items}}{{if lt $i 3}}{{$i}} {{$p.metadata.name}}{{"\n"}}{{end}}{{end}}'
  0 calico-kube-controllers-6b65fb5f89-66t62
  1 canal-9dc5v
  2 canal-ql5xj
  $ kubectl get ns -o go-template='{{.kind}} {{len .items}}{{"\n"}}'
  List 5
  $ kubectl get ns default --template='{{.metadata.name}} {{.metadata.labels}}{{"\n"}}'
  default map[kubernetes.io/metadata.name:default]
  $ cat > /tmp/names.tmpl <<'EOF'
  > {{- range .items -}}
  > {{ .metadata.name }}{{ if .spec.nodeName }} on {{ .spec.nodeName }}{{ else }} (not scheduled){{ end }}
  > {{ end -}}
  > EOF
  $ kubectl get pods -n kube-system -l k8s-app=kube-dns -o go-template-file=/tmp/names.tmpl
  coredns-66967f4c59-sc4gn on tk8s-control-plane
  coredns-66967f4c59-zkpkl on tk8s-control-plane
  $ kubectl get pods -n kube-system -l k8s-app=kube-dns -o templatefile --template=/tmp/names.tmpl
  coredns-66967f4c59-sc4gn on tk8s-control-plane
  coredns-66967f4c59-zkpkl on tk8s-control-plane
  $ kubectl get cm kube-root-ca.crt -o go-template='{{exists .data "ca.crt"}} {{exists .data "nope"}} {{.nope}}{{"\n"}}'
  true false <no value>
  $ kubectl create secret generic s1 --from-literal=password=s3cr3t
  secret/s1 created
  $ kubectl get secret s1 -o go-template='{{range $k, $v := .data}}{{$k}}={{base64decode $v}}{{"\n"}}{{end}}'
  password=s3cr3t
  $ kubectl create deployment web --image=nginx --replicas=2 --dry-run=client -o go-template='{{.metadata.name}}: {{.spec.replicas}} x {{(index .spec.template.spec.containers 0).image}}{{"\n"}}'
  web: 2 x nginx
  $ kubectl run box --image=busybox --dry-run=client -o template='{{.spec.containers}}{{"\n"}}'
  [map[image:busybox name:box resources:map[]]]
  $ kubectl run box --image=busybox -o go-template='{{.metadata.name}} {{.status.phase}}{{"\n"}}'
  box Pending
  $ kubectl expose pod box --port=80 --dry-run=client -o go-template='{{printf "%-6s|%5d|" .kind (index .spec.ports 0).port}}{{"\n"}}'
  Service|   80|
  $ kubectl get ns default -o go-template='{{.metadata.name}} {{.foo}}' --allow-missing-template-keys=false
  default Error executing template: template: output:1:21: executing "output" at <.foo>: map has no entry for key "foo". Printing more information for debugging the template:
  	template was:
  		{{.metadata.name}} {{.foo}}
  	raw data was:
  		{"apiVersion":"v1","kind":"Namespace","metadata":{"creationTimestamp":"2025-04-21T09:00:05Z","labels":{"kubernetes.io/metadata.name":"default"},"name":"default","resourceVersion":"1","uid":"abf18f6b-011c-4077-9c90-24c862ad1c7b"},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}}
  	object given to template engine was:
  		map[apiVersion:v1 kind:Namespace metadata:map[creationTimestamp:2025-04-21T09:00:05Z labels:map[kubernetes.io/metadata.name:default] name:default resourceVersion:1 uid:abf18f6b-011c-4077-9c90-24c862ad1c7b] spec:map[finalizers:[kubernetes]] status:map[phase:Active]]
  
  error: error executing template "{{.metadata.name}} {{.foo}}": template: output:1:21: executing "output" at <.foo>: map has no entry for key "foo"
  $ kubectl get ns default -o go-template='{{.metadata.name'
  error: error parsing template {{.metadata.name, template: output:1: unclosed action
  $ kubectl get ns default -o go-template='{{nosuch .kind}}'
  error: error parsing template {{nosuch .kind}}, template: output:1: function "nosuch" not defined
  $ kubectl get ns default -o go-template
  error: template format specified but no template given
  $ kubectl get ns default -o go-template-file=/tmp/missing.tmpl
  error: error reading --template /tmp/missing.tmpl, open /tmp/missing.tmpl: no such file or directory
  $ kubectl create deployment web --image=nginx -o go-template='{{if}}'
  error: error parsing template {{if}}, template: output:1: missing value for if
  $ kubectl get deploy web
  Error from server (NotFound): deployments.apps "web" not found
  $ kubectl create deployment web --image=nginx --dry-run=client -o go-template='{{.kind}}' --template='{{.apiVersion}}'
  error: unable to match a printer suitable for the output format "go-template={{.kind}}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  $ kubectl config view -o go-template='{{index . "current-context"}}{{range .contexts}} {{.name}}:{{.context.cluster}}{{end}}{{"\n"}}'
  kubernetes-admin@tk8s kubernetes-admin@tk8s:tk8s
  $ kubectl config view --template='{{.kind}} {{len .clusters}}{{"\n"}}'
  Config 1
