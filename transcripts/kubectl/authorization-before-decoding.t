The apiserver authorizes a request before its handler reads the body: a user who may not write
is refused as Forbidden, whatever the body holds, while an allowed user sees the body's own
error. This holds for create, apply (client- and server-side), replace, patch and the raw writes.
  $ cat <<EOF > bad.yaml
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: bad
  > data:
  >   a: 1
  > EOF
  $ kubectl create -f bad.yaml --validate=false
  Error from server (BadRequest): error when creating "bad.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ConfigMap.data of type string
  $ kubectl create -f bad.yaml --validate=false --as=jane
  Error from server (Forbidden): error when creating "bad.yaml": configmaps is forbidden: User "jane" cannot create resource "configmaps" in API group "" in the namespace "default"
  $ kubectl apply -f bad.yaml --server-side --as=jane
  Error from server (Forbidden): configmaps "bad" is forbidden: User "jane" cannot patch resource "configmaps" in API group "" in the namespace "default"
  $ kubectl create cm bad
  configmap/bad created
  $ kubectl get cm bad -o yaml | sed '/^data:/,$d' > live.yaml
  $ printf 'data:\n  a: 1\n' >> live.yaml
  $ kubectl replace -f live.yaml --validate=false
  Error from server (BadRequest): error when replacing "live.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ConfigMap.data of type string
  $ kubectl replace -f live.yaml --validate=false --as=jane
  Error from server (Forbidden): error when replacing "live.yaml": configmaps "bad" is forbidden: User "jane" cannot update resource "configmaps" in API group "" in the namespace "default"
  $ echo '{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"x"},"data":{"a":1}}' | kubectl create --raw /api/v1/namespaces/default/configmaps -f - --as=jane
  Error from server (Forbidden): configmaps is forbidden: User "jane" cannot create resource "configmaps" in API group "" in the namespace "default"
  $ echo 'not json' | kubectl replace --raw /api/v1/namespaces/default/configmaps/bad -f - --as=jane
  Error from server (Forbidden): configmaps "bad" is forbidden: User "jane" cannot update resource "configmaps" in API group "" in the namespace "default"
  $ echo 'not json' | kubectl delete --raw /api/v1/namespaces/default/configmaps -f - --as=jane
  Error from server (Forbidden): configmaps is forbidden: User "jane" cannot deletecollection resource "configmaps" in API group "" in the namespace "default"
  $ echo 'not json' | kubectl delete --raw /api/v1/namespaces/default/configmaps -f -
  Error from server: couldn't get version/kind; json parse error: invalid character 'o' in literal null (expecting 'u')

A patch is authorized before the apiserver applies it: a user who may read the ConfigMap but
not patch it is refused whatever the patch would do.
  $ kubectl create role reader --verb=get --resource=configmaps
  role.rbac.authorization.k8s.io/reader created
  $ kubectl create rolebinding jane-reads --role=reader --user=jane
  rolebinding.rbac.authorization.k8s.io/jane-reads created
  $ kubectl patch cm bad --type=json -p '[{"op":"test","path":"/data/x","value":"1"}]' --as=jane
  Error from server (Forbidden): configmaps "bad" is forbidden: User "jane" cannot patch resource "configmaps" in API group "" in the namespace "default"
  $ kubectl patch cm bad -p '{"data":{"k":"v"}}' --as=jane
  Error from server (Forbidden): configmaps "bad" is forbidden: User "jane" cannot patch resource "configmaps" in API group "" in the namespace "default"
