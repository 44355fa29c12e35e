--append-hash names a generated ConfigMap or Secret NAME-HASH, the hash taken from its kind,
name, type and data, so a changed content gets a new name (checked against kubectl.1.32).
  $ kubectl create configmap app --from-literal=mode=blue --append-hash --dry-run=client -o name
  configmap/app-954g486t7c
  $ kubectl create configmap app --from-literal=mode=green --append-hash --dry-run=client -o name
  configmap/app-k8m88khhg5
  $ kubectl create configmap empty --append-hash --dry-run=client -o name
  configmap/empty-b6t642d2fb
  $ printf '\x00\x01\xff' > blob; kubectl create configmap bin --from-file=blob --from-literal='a=<b>&' --append-hash --dry-run=client -o yaml
  apiVersion: v1
  binaryData:
    blob: AAH/
  data:
    a: <b>&
  kind: ConfigMap
  metadata:
    creationTimestamp: null
    name: bin-hchhg2749g
  $ kubectl create secret generic db --from-literal=user=admin --append-hash
  secret/db-7bh44c7t2d created
  $ kubectl create secret generic db --type=example.com/custom --from-literal=user=admin --append-hash --dry-run=client -o name
  secret/db-kk77gh4475
  $ kubectl create secret docker-registry reg --docker-username=u --docker-password=p --append-hash --dry-run=client -o name
  secret/reg-cc65kb8ft7
  $ kubectl get secrets
  NAME            TYPE     DATA   AGE
  db-7bh44c7t2d   Opaque   1      0s
