kubectl set subject adds users, groups and service accounts to a RoleBinding or
ClusterRoleBinding: each flag sorted and once, after the subjects already there; a subject already
bound is not added again, and a binding left as it was prints nothing.
  $ kubectl create rolebinding web-view --clusterrole=view --user=ann
  rolebinding.rbac.authorization.k8s.io/web-view created
  $ kubectl set subject rolebinding web-view --user=ben --user=ann --group=devs --serviceaccount=:default --serviceaccount=ci:builder
  rolebinding.rbac.authorization.k8s.io/web-view subjects updated
  $ kubectl get rolebinding web-view -o yaml | sed -n '/^subjects:/,$p'
  subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: ann
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: ben
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: devs
  - kind: ServiceAccount
    name: default
    namespace: default
  - kind: ServiceAccount
    name: builder
    namespace: ci
  $ kubectl set subject rolebinding web-view --user=ann --group=devs
  $ kubectl auth can-i list pods --as=ben
  yes
  $ kubectl create clusterrolebinding view-all --clusterrole=view
  clusterrolebinding.rbac.authorization.k8s.io/view-all created
  $ kubectl set subject clusterrolebinding view-all --serviceaccount=ci:builder
  clusterrolebinding.rbac.authorization.k8s.io/view-all subjects updated
  $ kubectl get clusterrolebinding view-all -o wide
  NAME       ROLE               AGE   USERS   GROUPS   SERVICEACCOUNTS
  view-all   ClusterRole/view   0s                     ci:builder
Here --user names a subject; for the other set commands it is still kubectl's global flag, the
kubeconfig user to act as.
  $ kubectl set subject rolebinding web-view --user=nobody
  rolebinding.rbac.authorization.k8s.io/web-view subjects updated
  $ kubectl set serviceaccount deployment web default --user=nobody
  error: auth info "nobody" does not exist
A ServiceAccount subject needs its namespace written out for a ClusterRoleBinding.
  $ kubectl set subject clusterrolebinding view-all --serviceaccount=:builder
  error: serviceaccount must be <namespace>:<name>, namespace must be specified
  $ kubectl set subject rolebinding web-view --serviceaccount=builder
  error: serviceaccount must be <namespace>:<name>
  $ kubectl set subject rolebinding web-view --serviceaccount=a:b:c
  error: serviceaccount must be <namespace>:<name>
  $ kubectl set subject rolebinding web-view
  error: you must specify at least one value of user, group or serviceaccount
  $ kubectl set subject rolebinding nope
  Error from server (NotFound): rolebindings.rbac.authorization.k8s.io "nope" not found
  $ kubectl set subject service kubernetes --user=x
  error: services/kubernetes setting subjects is only supported for RoleBinding/ClusterRoleBinding
  $ kubectl set subject rolebinding --all -l a=b --user=x
  error: cannot set --all and --selector at the same time
A dry run prints the binding as it would be and keeps nothing.
  $ kubectl set subject rolebinding web-view --user=cat --dry-run=client -o jsonpath='{.subjects[*].name}{"\n"}'
  ann ben devs default builder nobody cat
  $ kubectl set subject rolebinding web-view --user=cat --dry-run=server
  rolebinding.rbac.authorization.k8s.io/web-view subjects updated (server dry run)
  $ kubectl set subject rolebinding -l nothing=here --user=cat
  $ kubectl get rolebinding web-view -o jsonpath='{.subjects[*].name}{"\n"}'
  ann ben devs default builder nobody
With --local the manifest is changed and printed as kubectl's typed object; nothing is sent.
  $ kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo -o yaml
  apiVersion: rbac.authorization.k8s.io/v1
  kind: RoleBinding
  metadata:
    creationTimestamp: null
    name: admin
  roleRef:
    apiGroup: rbac.authorization.k8s.io
    kind: Role
    name: admin
  subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: admin
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: foo
  $ kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=admin
  $ kubectl create deployment web --image=nginx -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo
  error: deployment.apps/web
   setting subjects is only supported for RoleBinding/ClusterRoleBinding
  $ kubectl set subject --local rolebinding web-view --user=x
  error: you must specify resources by --filename when --local is set.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
