kubectl auth reconcile creates the RBAC objects of a manifest that are missing and adds to the
ones that exist what they lack, keeping what they already grant. Each object is printed as
reconciled on stdout; what it took goes to stderr, rules and subjects as Go prints the structs.
  $ cat > rbac.yaml <<'EOF'
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: Role
  > metadata:
  >   name: pod-reader
  >   namespace: default
  > rules:
  > - apiGroups: [""]
  >   resources: ["pods", "pods/log"]
  >   verbs: ["get", "list"]
  > ---
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: skipped
  > ---
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: RoleBinding
  > metadata:
  >   name: read-pods
  >   namespace: default
  > roleRef:
  >   apiGroup: rbac.authorization.k8s.io
  >   kind: Role
  >   name: pod-reader
  > subjects:
  > - kind: User
  >   apiGroup: rbac.authorization.k8s.io
  >   name: jane
  > EOF
  $ kubectl auth reconcile -f rbac.yaml --dry-run=client
  role.rbac.authorization.k8s.io/pod-reader reconciled (dry run)
  	reconciliation required create
  	missing rules added:
  		{Verbs:[get list] APIGroups:[] Resources:[pods pods/log] ResourceNames:[] NonResourceURLs:[]}
  rolebinding.rbac.authorization.k8s.io/read-pods reconciled (dry run)
  	reconciliation required create
  	missing subjects added:
  		{Kind:User APIGroup:rbac.authorization.k8s.io Name:jane Namespace:}
  $ kubectl auth reconcile -f rbac.yaml
  role.rbac.authorization.k8s.io/pod-reader reconciled
  	reconciliation required create
  	missing rules added:
  		{Verbs:[get list] APIGroups:[] Resources:[pods pods/log] ResourceNames:[] NonResourceURLs:[]}
  rolebinding.rbac.authorization.k8s.io/read-pods reconciled
  	reconciliation required create
  	missing subjects added:
  		{Kind:User APIGroup:rbac.authorization.k8s.io Name:jane Namespace:}
  $ kubectl get configmap skipped
  Error from server (NotFound): configmaps "skipped" not found
  $ kubectl auth reconcile -f rbac.yaml
  role.rbac.authorization.k8s.io/pod-reader reconciled
  rolebinding.rbac.authorization.k8s.io/read-pods reconciled
An object that exists gains what it lacks, one verb and resource at a time; what it had stays,
unless --remove-extra-permissions or --remove-extra-subjects asks for the manifest's alone.
  $ kubectl create role pod-reader --verb=get,list --resource=pods,services --dry-run=client -o yaml | sed 's/pod-reader/svc-reader/' | kubectl apply -f -
  role.rbac.authorization.k8s.io/svc-reader created
  $ cat <<'EOF' | kubectl auth reconcile -f -
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: Role
  > metadata: {name: svc-reader, namespace: default}
  > rules:
  > - apiGroups: [""]
  >   resources: ["services", "endpoints"]
  >   verbs: ["get", "watch"]
  >   resourceNames: ["web"]
  > EOF
  role.rbac.authorization.k8s.io/svc-reader reconciled
  	reconciliation required update
  	missing rules added:
  		{Verbs:[watch] APIGroups:[] Resources:[services] ResourceNames:[web] NonResourceURLs:[]}
  		{Verbs:[get] APIGroups:[] Resources:[endpoints] ResourceNames:[web] NonResourceURLs:[]}
  		{Verbs:[watch] APIGroups:[] Resources:[endpoints] ResourceNames:[web] NonResourceURLs:[]}
  $ kubectl get role svc-reader -o jsonpath='{range .rules[*]}{.resources} {.verbs} {.resourceNames}{"\n"}{end}'
  ["pods","services"] ["get","list"] 
  ["services"] ["watch"] ["web"]
  ["endpoints"] ["get"] ["web"]
  ["endpoints"] ["watch"] ["web"]
  $ cat <<'EOF' | kubectl auth reconcile -f - --remove-extra-subjects
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: RoleBinding
  > metadata: {name: read-pods, namespace: default}
  > roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
  > subjects:
  > - {kind: ServiceAccount, name: default, namespace: default}
  > EOF
  rolebinding.rbac.authorization.k8s.io/read-pods reconciled
  	reconciliation required update
  	missing subjects added:
  		{Kind:ServiceAccount APIGroup: Name:default Namespace:default}
  	extra subjects removed:
  		{Kind:User APIGroup:rbac.authorization.k8s.io Name:jane Namespace:}
A binding cannot change its roleRef, so a different one means deleting it and creating it
again. An object annotated rbac.authorization.kubernetes.io/autoupdate: "false" is reported but
left as it is.
  $ cat <<'EOF' | kubectl auth reconcile -f -
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: RoleBinding
  > metadata: {name: read-pods, namespace: default}
  > roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
  > subjects:
  > - {kind: ServiceAccount, name: default, namespace: default}
  > EOF
  rolebinding.rbac.authorization.k8s.io/read-pods reconciled
  	reconciliation required recreate
  $ kubectl get rolebinding read-pods -o jsonpath='{.roleRef.kind}/{.roleRef.name}{"\n"}'
  ClusterRole/view
  $ kubectl annotate role svc-reader rbac.authorization.kubernetes.io/autoupdate=false
  role.rbac.authorization.k8s.io/svc-reader annotated
  $ kubectl auth reconcile -f rbac.yaml 2>&1 | head -3; kubectl auth reconcile -f - <<'EOF'
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: Role
  > metadata: {name: svc-reader, namespace: default}
  > rules: [{apiGroups: [apps], resources: [deployments], verbs: [get]}]
  > EOF
  role.rbac.authorization.k8s.io/pod-reader reconciled
  rolebinding.rbac.authorization.k8s.io/read-pods reconciled
  	reconciliation required recreate
  role.rbac.authorization.k8s.io/svc-reader reconciled
  	reconciliation required update, but object opted out (rbac.authorization.kubernetes.io/autoupdate: false)
  	missing rules added:
  		{Verbs:[get] APIGroups:[apps] Resources:[deployments] ResourceNames:[] NonResourceURLs:[]}
A ClusterRole with an aggregation rule takes its rules from the ClusterRoles it selects; the
rules the controller filled in are not extras. A Role for a namespace that does not exist yet
brings the namespace along.
  $ cat <<'EOF' | kubectl auth reconcile -f - -o name
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: ClusterRole
  > metadata: {name: monitoring}
  > aggregationRule:
  >   clusterRoleSelectors:
  >   - matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}
  > rules: []
  > ---
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: Role
  > metadata: {name: reader, namespace: team-a}
  > rules: [{apiGroups: [""], resources: [configmaps], verbs: [get]}]
  > EOF
  clusterrole.rbac.authorization.k8s.io/monitoring
  	reconciliation required create
  role.rbac.authorization.k8s.io/reader
  	reconciliation required create
  	missing rules added:
  		{Verbs:[get] APIGroups:[] Resources:[configmaps] ResourceNames:[] NonResourceURLs:[]}
  $ kubectl get namespace team-a -o name
  namespace/team-a
  $ kubectl auth reconcile -f - --dry-run=client -o yaml <<'EOF'
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: ClusterRoleBinding
  > metadata: {name: monitoring}
  > roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring}
  > subjects: [{kind: Group, apiGroup: rbac.authorization.k8s.io, name: ops}]
  > EOF
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    creationTimestamp: null
    name: monitoring
  roleRef:
    apiGroup: rbac.authorization.k8s.io
    kind: ClusterRole
    name: monitoring
  subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: ops
  	reconciliation required create
  	missing subjects added:
  		{Kind:Group APIGroup:rbac.authorization.k8s.io Name:ops Namespace:}
Errors are kubectl's: -f is required, arguments are not taken, a server dry run is not
supported, a namespace that differs from -n is refused per object (all gathered, then printed),
and a Role without a namespace cannot be created (kubectl does not fill in the default one here).
  $ kubectl auth reconcile
  error: must specify one of -f and -k
  $ kubectl auth reconcile x -f rbac.yaml
  error: no arguments are allowed
  $ kubectl auth reconcile -f rbac.yaml --dry-run=server
  error: --dry-run=server for command reconcile is not supported yet
  $ kubectl auth reconcile -f rbac.yaml --dry-run=maybe
  error: error accessing --dry-run flag for command reconcile: Invalid dry-run value (maybe). Must be "none", "server", or "client".
  $ kubectl auth reconcile -f rbac.yaml -o wide
  error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  $ kubectl auth reconcile -f rbac.yaml -n kube-system
  the namespace from the provided object "default" does not match the namespace "kube-system". You must pass '--namespace=default' to perform this operation.
  the namespace from the provided object "default" does not match the namespace "kube-system". You must pass '--namespace=default' to perform this operation.
  $ kubectl auth reconcile -f - <<'EOF'
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: Role
  > metadata: {name: nowhere}
  > rules: []
  > EOF
  error: resource name may not be empty
  $ kubectl auth reconcile -f - <<'EOF'
  > apiVersion: rbac.authorization.k8s.io/v1beta1
  > kind: ClusterRole
  > metadata: {name: old}
  > EOF
  error: only rbac.authorization.k8s.io/v1 is supported: not *v1beta1.ClusterRole
kubectl reads the files with its own scheme, so a custom resource in them cannot be decoded.
  $ kubectl auth reconcile -f - <<'EOF'
  > apiVersion: crd.projectcalico.org/v1
  > kind: IPPool
  > metadata: {name: extra-pool}
  > EOF
  error: unable to decode "STDIN": no kind "IPPool" is registered for version "crd.projectcalico.org/v1" in scheme "pkg/scheme/scheme.go:28"
