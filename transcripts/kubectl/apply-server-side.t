kubectl apply --server-side sends the whole manifest to the apiserver, which merges it under a
field manager (kubectl, or --field-manager) and records who owns which field in
metadata.managedFields (shown with --show-managed-fields). Setting a field another manager
owns to a new value is a conflict unless --force-conflicts; an object applied client-side
before has its client-side manager folded into kubectl's.
  $ cat > web.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  > EOF
  $ kubectl apply --server-side -f web.yaml
  deployment.apps/web serverside-applied
  $ kubectl get deploy web -o yaml --show-managed-fields | sed -n '/managedFields/,/^  name:/p'
    managedFields:
    - apiVersion: apps/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:spec:
          f:replicas: {}
          f:selector: {}
          f:template:
            f:metadata:
              f:labels:
                f:app: {}
            f:spec:
              f:containers:
                k:{"name":"nginx"}:
                  .: {}
                  f:image: {}
                  f:name: {}
      manager: kubectl
      operation: Apply
      time: "2025-04-23T07:25:00Z"
    - apiVersion: apps/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:metadata:
          f:annotations:
            .: {}
            f:deployment.kubernetes.io/revision: {}
      manager: kube-controller-manager
      operation: Update
      time: "2025-04-23T07:25:00Z"
    - apiVersion: apps/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:status:
          f:conditions:
            .: {}
            k:{"type":"Available"}:
              .: {}
              f:lastTransitionTime: {}
              f:lastUpdateTime: {}
              f:message: {}
              f:reason: {}
              f:status: {}
              f:type: {}
            k:{"type":"Progressing"}:
              .: {}
              f:lastTransitionTime: {}
              f:lastUpdateTime: {}
              f:message: {}
              f:reason: {}
              f:status: {}
              f:type: {}
          f:observedGeneration: {}
          f:replicas: {}
          f:unavailableReplicas: {}
          f:updatedReplicas: {}
      manager: kube-controller-manager
      operation: Update
      subresource: status
      time: "2025-04-23T07:25:00Z"
    name: web
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations}{"\n"}'
  {"deployment.kubernetes.io/revision":"1"}
  $ kubectl apply --server-side -f web.yaml
  deployment.apps/web serverside-applied
  $ kubectl scale deploy web --replicas=3
  deployment.apps/web scaled
  $ sed -i 's/replicas: 2/replicas: 4/; s/nginx:1.27/nginx:1.28/' web.yaml
  $ kubectl apply --server-side -f web.yaml
  error: Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
  $ kubectl apply --server-side -f web.yaml --field-manager=ci
  error: Apply failed with 2 conflicts: conflicts with "kubectl":
  - .spec.template.spec.containers[name="nginx"].image
  conflicts with "kubectl" with subresource "scale" using apps/v1:
  - .spec.replicas
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
  $ kubectl apply --server-side -f web.yaml --force-conflicts
  deployment.apps/web serverside-applied
  $ kubectl get deploy web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image}{"\n"}'
  4 nginx:1.28
  $ kubectl get deploy web -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation}{"\n"}{end}'
  $ kubectl get deploy web -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation}{"\n"}{end}' --show-managed-fields
  kubectl Apply
  kube-controller-manager Update
  kube-controller-manager Update
A deployment made by kubectl create is owned by kubectl-create; a manifest that changes its
replicas conflicts with it.
  $ kubectl create deployment api --image=nginx
  deployment.apps/api created
  $ kubectl get deploy api -o yaml > api.yaml
  $ sed -i 's/replicas: 1/replicas: 3/' api.yaml
  $ kubectl apply --server-side -f api.yaml
  error: Apply failed with 1 conflict: conflict with "kubectl-create" using apps/v1: .spec.replicas
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
  $ kubectl apply --server-side -f api.yaml --dry-run=server
  error: Apply failed with 1 conflict: conflict with "kubectl-create" using apps/v1: .spec.replicas
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
  $ kubectl apply --server-side -f api.yaml --force-conflicts --dry-run=server
  deployment.apps/api serverside-applied (server dry run)
  $ kubectl apply --server-side -f api.yaml --force-conflicts
  deployment.apps/api serverside-applied
A resourceVersion left in the manifest is a precondition: once the object has changed, the
apply is refused.
  $ kubectl apply --server-side -f api.yaml --force-conflicts
  error: Operation cannot be fulfilled on deployments.apps "api": the object has been modified; please apply your changes to the latest version and try again
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
A manifest applied client-side first: another manager's change conflicts with the client-side
apply's fields; kubectl's own server-side apply takes over what the client-side apply last set,
keeps the last-applied annotation up to date, and a separate manager keeps that annotation.
  $ cat > db.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: db
  > data:
  >   host: db.local
  >   port: "5432"
  > EOF
  $ kubectl apply -f db.yaml
  configmap/db created
  $ sed -i 's/5432/5433/' db.yaml
  $ kubectl apply --server-side -f db.yaml --field-manager=ci
  error: Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using v1: .data.port
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
  $ kubectl apply --server-side -f db.yaml
  configmap/db serverside-applied
  $ kubectl get cm db -o yaml --show-managed-fields
  apiVersion: v1
  data:
    host: db.local
    port: "5433"
  kind: ConfigMap
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","data":{"host":"db.local","port":"5433"},"kind":"ConfigMap","metadata":{"name":"db","namespace":"default"}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    managedFields:
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data:
          f:host: {}
          f:port: {}
      manager: kubectl
      operation: Apply
      time: "2025-04-23T07:25:00Z"
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:metadata:
          f:annotations:
            f:kubectl.kubernetes.io/last-applied-configuration: {}
      manager: kubectl-last-applied
      operation: Apply
      time: "2025-04-23T07:25:00Z"
    name: db
    namespace: default
    resourceVersion: "253"
    uid: 297be479-ae9e-45b1-b7c7-a054c8bb62f9
  $ sed -i '/host:/d' db.yaml
  $ kubectl apply --server-side -f db.yaml
  configmap/db serverside-applied
  $ kubectl get cm db -o jsonpath='{.data}{"\n"}'
  {"port":"5433"}
A pod applied client-side, then server-side with a new image: kubectl folds the client-side
manager, which owned the fields the apiserver defaulted, into its own and applies again. The
defaults it no longer owns are filled in again, so the pod stays valid and only its image changes.
  $ cat > web-pod.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: web-pod
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx:1.27
  > EOF
  $ kubectl apply -f web-pod.yaml
  pod/web-pod created
  $ sleep 10
  $ sed -i 's/1.27/1.28/' web-pod.yaml
  $ kubectl apply --server-side -f web-pod.yaml
  pod/web-pod serverside-applied
  $ kubectl get pod web-pod -o jsonpath='{.spec.containers[0].image} {.spec.dnsPolicy} {.spec.containers[0].imagePullPolicy}{"\n"}'
  nginx:1.28 ClusterFirst IfNotPresent
  $ kubectl get pod web-pod -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation}{"\n"}{end}' --show-managed-fields
  kubectl Apply
  kubectl-last-applied Apply
  kubelet Update
  $ sleep 5
  $ kubectl get pod web-pod
  NAME      READY   STATUS    RESTARTS     AGE
  web-pod   1/1     Running   1 (5s ago)   15s
Flags that do not go together.
  $ kubectl apply --server-side --dry-run=client -f db.yaml
  error: --dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)
  $ kubectl apply --force-conflicts -f db.yaml
  error: --force-conflicts only works with --server-side
  $ kubectl apply --server-side --force -f db.yaml
  error: --force cannot be used with --server-side
