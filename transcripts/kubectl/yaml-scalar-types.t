kubectl reads manifests with go-yaml v2, which follows YAML 1.1: unquoted yes, no, on, off, y and n
are booleans, and a number with a leading 0 is octal. A ConfigMap's values must be strings, so
the apiserver refuses the booleans with encoding/json's error, naming the Go struct and field.
  $ cat > flags.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: flags
  > data:
  >   debug: yes
  >   color: "on"
  > EOF
  $ kubectl apply -f flags.yaml
  Error from server (BadRequest): error when creating "flags.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal bool into Go struct field ConfigMap.data of type string
  $ kubectl get configmap flags
  Error from server (NotFound): configmaps "flags" not found
Client-side dry run never reaches the apiserver, so it shows what kubectl made of each value.
  $ kubectl create -f flags.yaml --dry-run=client -o json
  {
      "apiVersion": "v1",
      "data": {
          "color": "on",
          "debug": true
      },
      "kind": "ConfigMap",
      "metadata": {
          "name": "flags",
          "namespace": "default"
      }
  }
  $ sed -i 's/debug: yes/debug: "yes"/' flags.yaml
  $ kubectl apply -f flags.yaml
  configmap/flags created
  $ kubectl get configmap flags -o jsonpath='{.data}'
  {"color":"on","debug":"yes"} (no-eol)
The first bad value in key order is the one reported: args sorts before env.
  $ cat > web.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  >         env:
  >         - name: VERBOSE
  >           value: on
  >         args: [--port, 8080]
  > EOF
  $ kubectl apply -f web.yaml
  Error from server (BadRequest): error when creating "web.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.args of type string
  $ sed -i 's/--port, 8080/--port, "8080"/' web.yaml
  $ kubectl apply -f web.yaml
  Error from server (BadRequest): error when creating "web.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal bool into Go struct field EnvVar.spec.template.spec.containers.env.value of type string
  $ sed -i 's/value: on/value: "on"/' web.yaml
  $ kubectl apply -f web.yaml
  deployment.apps/web created
kubectl itself decodes the top-level metadata first, so a label value that is a boolean stops
it before any request (get prints the same without its "error: " prefix).
  $ cat > labelled.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: labelled
  >   labels:
  >     enabled: no
  > EOF
  $ kubectl apply -f labelled.yaml
  error: unable to decode "labelled.yaml": json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string
  $ kubectl get -f labelled.yaml
  unable to decode "labelled.yaml": json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string
Numbers: 0644 is octal (420), 0x1F hex, 1_000 has its underscore dropped, floats keep Go's
JSON and YAML spellings, and a key that reads as a number or boolean becomes its text.
  $ cat > numbers.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - apiVersion: v1
  >   kind: Secret
  >   metadata:
  >     name: numbers
  >   data: {}
  >   x-numbers:
  >     octal: 0644
  >     hex: 0x1F
  >     grouped: 1_000
  >     small: 0.000001
  >     tiny: 1e-7
  >     huge: 100000000000000000000
  >     whole: 3.0
  >     notANumber: 09x
  >     true: key
  >     12: key
  > EOF
  $ kubectl create -f numbers.yaml --dry-run=client -o json --validate=false
  {
      "apiVersion": "v1",
      "data": {},
      "kind": "Secret",
      "metadata": {
          "name": "numbers",
          "namespace": "default"
      },
      "x-numbers": {
          "12": "key",
          "grouped": 1000,
          "hex": 31,
          "huge": 100000000000000000000,
          "notANumber": "09x",
          "octal": 420,
          "small": 0.000001,
          "tiny": 1e-7,
          "true": "key",
          "whole": 3
      }
  }
  $ kubectl create -f numbers.yaml --dry-run=client -o yaml --validate=false
  apiVersion: v1
  data: {}
  kind: Secret
  metadata:
    name: numbers
    namespace: default
  x-numbers:
    "12": key
    grouped: 1000
    hex: 31
    huge: 1e+20
    notANumber: 09x
    octal: 420
    small: 1e-06
    tiny: 1e-07
    "true": key
    whole: 3
A volume's defaultMode written the usual way, 0644, is 420 once read.
  $ cat > reader.yaml <<EOF
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: reader
  > spec:
  >   containers:
  >   - name: reader
  >     image: busybox
  >     command: [sleep, "3600"]
  >     volumeMounts:
  >     - name: flags
  >       mountPath: /etc/flags
  >   volumes:
  >   - name: flags
  >     configMap:
  >       name: flags
  >       defaultMode: 0644
  > EOF
  $ kubectl apply -f reader.yaml
  pod/reader created
  $ kubectl get pod reader -o jsonpath='{.spec.volumes[0].configMap.defaultMode}{"\n"}'
  420
JSON has no infinity: .inf reads as a float that cannot be written as JSON.
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inf\ndata:\n  limit: .inf\n' > inf.yaml
  $ kubectl apply -f inf.yaml
  error: error parsing inf.yaml: error converting YAML to JSON: json: unsupported value: +Inf
