kubectl reads manifests with go-yaml v2, which honours an explicit tag: !!str keeps 0644 as
text, !!int and !!bool read a quoted value as a number or a boolean. Checked against kubectl 1.32.
  $ cat > tagged.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: tagged
  > data:
  >   mode: !!str 0644
  >   enabled: !!str yes
  >   plain: 0644
  > EOF
  $ kubectl create -f tagged.yaml --dry-run=client -o jsonpath='{.data}{"\n"}'
  {"enabled":"yes","mode":"0644","plain":420}
  $ cat > typed.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: typed
  > spec:
  >   replicas: !!int "2"
  >   paused: !!bool "true"
  >   selector:
  >     matchLabels:
  >       app: typed
  >   template:
  >     metadata:
  >       labels:
  >         app: typed
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  > EOF
  $ kubectl create -f typed.yaml --dry-run=client -o jsonpath='{.spec.replicas} {.spec.paused}{"\n"}'
  2 true
A value that is not of its tag's type is go-yaml's error, before anything reaches the server.
  $ sed -i 's/"2"/two/' typed.yaml
  $ kubectl apply -f typed.yaml
  error: error parsing typed.yaml: error converting YAML to JSON: yaml: cannot decode !!str `two` as a !!int
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: !!int 1.5\n' | kubectl apply -f -
  error: error parsing STDIN: error converting YAML to JSON: yaml: cannot decode !!float `1.5` as a !!int
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nbinaryData:\n  a: !!binary "@@"\n' | kubectl apply -f -
  error: error parsing STDIN: error converting YAML to JSON: yaml: !!binary value contains invalid base64 data
A null key (~ or null, unquoted) has no JSON form: sigs.k8s.io/yaml names the value it held.
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  ~: x\n' | kubectl apply -f -
  error: error parsing STDIN: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    null: [a, 1]\n' | kubectl create -f -
  error: error parsing STDIN: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: []interface {}{"a", 1}
A sequence used as a key is refused by go-yaml itself.
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  ? [a]\n  : x\n' | kubectl apply -f -
  error: error parsing STDIN: error converting YAML to JSON: yaml: invalid map key: []interface {}{"a"}
