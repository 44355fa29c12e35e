kubectl create, replace and delete with --raw send one POST, PUT or DELETE of the path, the
file's bytes as a JSON body (YAML is not JSON: the apiserver cannot read its kind), and print
the answer's body as it came: the object with its managed fields (the field manager is kubectl,
from the User-Agent), unknown fields only warned about; a deleted ConfigMap answers with a
Status, a pod being deleted with itself, terminating. The flags that cannot go with --raw are
refused first, in kubectl's order.
  $ cat > cm.json <<'EOF'
  > {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"raw-cm"},"data":{"a":"1"},"bogus":1}
  > EOF
  $ kubectl create --raw /api/v1/namespaces/default/configmaps -f cm.json
  Warning: unknown field "bogus"
  {"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"raw-cm","namespace":"default","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32","resourceVersion":"165","creationTimestamp":"2025-04-23T07:25:00Z","managedFields":[{"manager":"kubectl","operation":"Update","apiVersion":"v1","time":"2025-04-23T07:25:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:data":{".":{},"f:a":{}}}}]},"data":{"a":"1"}}
  $ kubectl get cm raw-cm
  NAME     DATA   AGE
  raw-cm   1      0s
  $ kubectl replace --raw /api/v1/namespaces/default/configmaps/raw-cm -f - <<'EOF'
  > {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"raw-cm"},"data":{"a":"2"}}
  > EOF
  {"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"raw-cm","namespace":"default","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32","resourceVersion":"166","creationTimestamp":"2025-04-23T07:25:00Z","managedFields":[{"manager":"kubectl","operation":"Update","apiVersion":"v1","time":"2025-04-23T07:25:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:data":{".":{},"f:a":{}}}}]},"data":{"a":"2"}}
  $ kubectl replace --raw /api/v1/namespaces/default/configmaps/other -f - <<'EOF'
  > {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"raw-cm"}}
  > EOF
  Error from server (BadRequest): the name of the object (raw-cm) does not match the name on the URL (other)
  $ kubectl create --raw /api/v1/namespaces/kube-system/configmaps -f - <<'EOF'
  > {"metadata":{"name":"elsewhere","namespace":"default"}}
  > EOF
  Error from server (BadRequest): the namespace of the provided object does not match the namespace sent on the request
  $ kubectl create --raw /api/v1/namespaces/default/pods -f cm.json
  Error from server (BadRequest): ConfigMap in version "v1" cannot be handled as a Pod: converting (v1.ConfigMap) to (core.Pod): unknown conversion
  $ cat > cm.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: raw-yaml
  > EOF
  $ kubectl create --raw /api/v1/namespaces/default/configmaps -f cm.yaml
  Error from server (BadRequest): the object provided is unrecognized (must be of type ConfigMap): couldn't get version/kind; json parse error: invalid character 'a' looking for beginning of value (61706956657273696f6e3a2076310a6b696e643a20436f6e6669674d6170 ...)
  $ echo '{"metadata": {"name": "x"},}' | kubectl create --raw /api/v1/namespaces/default/configmaps -f -
  Error from server (BadRequest): the object provided is unrecognized (must be of type ConfigMap): couldn't get version/kind; json parse error: invalid character '}' looking for beginning of object key string ({"metadata": {"name": "x"},}
  )
  $ kubectl delete --raw /api/v1/namespaces/default/configmaps/raw-cm; echo
  {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"raw-cm","kind":"configmaps","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32"}}
  
  $ kubectl delete --raw /api/v1/namespaces/default/configmaps/raw-cm
  Error from server (NotFound): configmaps "raw-cm" not found
  $ kubectl run pinger --image=busybox -- sleep 3600
  pod/pinger created
  $ sleep 20
  $ kubectl delete --raw /api/v1/namespaces/default/pods/pinger | jq -c '.metadata.deletionGracePeriodSeconds, .status.phase'
  30
  "Running"
  $ kubectl create --raw /api/v1/namespaces/default/configmaps -f nothing.json
  error: open nothing.json: no such file or directory
  $ kubectl create --raw /api/v1/namespaces/default/configmaps/raw-cm -f cm.json
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl create --raw foo -f cm.json
  error: --raw must be a valid URL path: parse "foo": invalid URI for request
  $ kubectl create --raw /x -f cm.json -f cm.yaml
  error: --raw can only use a single local file or stdin
  $ kubectl create --raw /x -f cm.json -R
  error: --raw and --recursive are mutually exclusive
  $ kubectl create --raw /x -f cm.json -l a=b
  error: --raw and --selector (-l) are mutually exclusive
  $ kubectl create --raw /x -f cm.json -o yaml
  error: --raw and --output are mutually exclusive
  $ kubectl create --raw /x -f cm.json --edit
  error: --raw and --edit are mutually exclusive
  $ kubectl create --raw /x
  error: must specify one of -f and -k
  $ kubectl replace --raw /x -f http://a/b
  error: --raw cannot read from a url
  $ kubectl delete --raw /x -i
  error: --interactive can not be used with --raw
  $ kubectl delete --raw /x -o json
  error: unexpected -o output mode: json. We only support '-o name'
  $ kubectl delete --raw /x -o name
  error: --raw and --output are mutually exclusive
