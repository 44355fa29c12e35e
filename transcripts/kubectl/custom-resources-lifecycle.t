A CustomResourceDefinition a learner writes: the apiextensions controllers accept its names and
establish it, and from then on its kind is served like the built-in ones.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: apiextensions.k8s.io/v1
  > kind: CustomResourceDefinition
  > metadata:
  >   name: widgets.example.com
  > spec:
  >   group: example.com
  >   scope: Namespaced
  >   names:
  >     plural: widgets
  >     kind: Widget
  >     shortNames: [wd]
  >   versions:
  >   - name: v1
  >     served: true
  >     storage: true
  >     schema:
  >       openAPIV3Schema:
  >         type: object
  >         x-kubernetes-preserve-unknown-fields: true
  > EOF
  customresourcedefinition.apiextensions.k8s.io/widgets.example.com created
  $ kubectl get crd widgets.example.com
  NAME                  CREATED AT
  widgets.example.com   2025-04-23T07:25:00Z
  $ kubectl get crd widgets.example.com -o jsonpath='{range .status.conditions[*]}{.type}={.status} {.reason}{"\n"}{end}'
  NamesAccepted=True NoConflicts
  Established=True InitialNamesAccepted
  $ kubectl get crd widgets.example.com -o jsonpath='{.status.acceptedNames}{"\n"}'
  {"kind":"Widget","listKind":"WidgetList","plural":"widgets","shortNames":["wd"],"singular":"widget"}
  $ kubectl api-resources --api-group=example.com
  NAME      SHORTNAMES   APIVERSION       NAMESPACED   KIND
  widgets   wd           example.com/v1   true         Widget

Its objects take part in garbage collection like any other: a Widget owned by another goes when
its owner goes, and so does a ConfigMap that names a Widget as its owner.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: example.com/v1
  > kind: Widget
  > metadata:
  >   name: parent
  > spec:
  >   size: 3
  > EOF
  widget.example.com/parent created
  $ OWNER=$(kubectl get widget parent -o jsonpath='{.metadata.uid}')
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: example.com/v1
  > kind: Widget
  > metadata:
  >   name: child
  >   ownerReferences:
  >   - apiVersion: example.com/v1
  >     kind: Widget
  >     name: parent
  >     uid: $OWNER
  > ---
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: widget-data
  >   ownerReferences:
  >   - apiVersion: example.com/v1
  >     kind: Widget
  >     name: parent
  >     uid: $OWNER
  > data:
  >   size: "3"
  > EOF
  widget.example.com/child created
  configmap/widget-data created
  $ kubectl get wd
  NAME     AGE
  child    0s
  parent   0s
  $ kubectl delete widget parent
  widget.example.com "parent" deleted
  $ kubectl get wd,cm
  NAME                         DATA   AGE
  configmap/kube-root-ca.crt   1      46h
  $ kubectl get configmap widget-data
  Error from server (NotFound): configmaps "widget-data" not found

Deleting a namespace deletes the custom objects in it.
  $ kubectl create namespace shop
  namespace/shop created
  $ cat <<'EOF' | kubectl apply -n shop -f -
  > apiVersion: example.com/v1
  > kind: Widget
  > metadata:
  >   name: gear
  > EOF
  widget.example.com/gear created
  $ kubectl get widgets -A
  NAMESPACE   NAME   AGE
  shop        gear   0s
  $ kubectl delete namespace shop
  namespace "shop" deleted
  $ kubectl get widgets -A
  No resources found

Deleting the definition deletes every object of its kind, and the kind is no longer served.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: example.com/v1
  > kind: Widget
  > metadata:
  >   name: last
  > EOF
  widget.example.com/last created
  $ kubectl delete crd widgets.example.com
  customresourcedefinition.apiextensions.k8s.io "widgets.example.com" deleted
  $ kubectl get widgets
  error: the server doesn't have a resource type "widgets"
  $ kubectl get crd widgets.example.com
  Error from server (NotFound): customresourcedefinitions.apiextensions.k8s.io "widgets.example.com" not found

A definition's name must be its plural and its group.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: apiextensions.k8s.io/v1
  > kind: CustomResourceDefinition
  > metadata:
  >   name: gadget.example.com
  > spec:
  >   group: example.com
  >   scope: Cluster
  >   names: {plural: gadgets, kind: Gadget}
  >   versions:
  >   - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}
  > EOF
  The CustomResourceDefinition "gadget.example.com" is invalid: metadata.name: Invalid value: "gadget.example.com": must be spec.names.plural+"."+spec.group
