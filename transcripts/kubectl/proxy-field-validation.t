?fieldValidation on a write through kubectl proxy says what the apiserver's strict decoding
does with fields the kind does not have and keys an object repeats. Without it a plain HTTP
client gets the default, Warn: each is named in a Warning header and the object is written
without the unknown fields, the last of a repeated key winning. Strict refuses the write with
every error at once; Ignore drops them without a word. Any other value is refused with 422.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ cat > pod.json <<'EOF'
  > {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "labels": {"app": "a", "app": "b"}},
  >  "spec": {"containers": [{"name": "web", "image": "nginx", "colour": "red"}], "foo": 1,
  >  "containers": [{"name": "web", "image": "nginx:1.27"}]}}
  > EOF
  $ curl -si -H 'Content-Type: application/json' --data-binary @pod.json localhost:8001/api/v1/namespaces/default/pods | grep -E '^(HTTP|Warning)'
  HTTP/1.1 201 Created
  Warning: 299 - "duplicate field \"metadata.labels.app\""
  Warning: 299 - "unknown field \"spec.containers[0].colour\""
  Warning: 299 - "unknown field \"spec.foo\""
  Warning: 299 - "duplicate field \"spec.containers\""
  $ kubectl get pod web -o jsonpath='{.metadata.labels.app} {.spec.containers[0].image}{"\n"}'
  b nginx:1.27
  $ kubectl delete pod web --now
  pod "web" deleted
  $ curl -s -H 'Content-Type: application/json' --data-binary @pod.json 'localhost:8001/api/v1/namespaces/default/pods?fieldValidation=Strict'
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: duplicate field \"metadata.labels.app\", unknown field \"spec.containers[0].colour\", unknown field \"spec.foo\", duplicate field \"spec.containers\"",
    "reason": "BadRequest",
    "code": 400
  } (no-eol)
  $ kubectl get pod web
  Error from server (NotFound): pods "web" not found
  $ curl -si -H 'Content-Type: application/json' --data-binary @pod.json 'localhost:8001/api/v1/namespaces/default/pods?fieldValidation=Ignore' | grep -E '^(HTTP|Warning)'
  HTTP/1.1 201 Created
  $ curl -s -H 'Content-Type: application/json' --data-binary @pod.json 'localhost:8001/api/v1/namespaces/default/pods?fieldValidation=strict'
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "CreateOptions.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"strict\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"",
    "reason": "Invalid",
    "details": {
      "group": "meta.k8s.io",
      "kind": "CreateOptions",
      "causes": [
        {
          "reason": "FieldValueNotSupported",
          "message": "Unsupported value: \"strict\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"",
          "field": "fieldValidation"
        }
      ]
    },
    "code": 422
  } (no-eol)
The same goes for PUT, and for a PATCH, whose own body is checked first.
  $ kubectl create cm notes --from-literal=a=1
  configmap/notes created
  $ curl -si -X PUT -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"notes"},"data":{"a":"2","a":"3"},"extra":true}' localhost:8001/api/v1/namespaces/default/configmaps/notes | grep -E '^(HTTP|Warning)'
  HTTP/1.1 200 OK
  Warning: 299 - "duplicate field \"data.a\""
  Warning: 299 - "unknown field \"extra\""
  $ curl -s -X PUT -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"notes"},"data":{"a":"2","a":"3"},"extra":true}' 'localhost:8001/api/v1/namespaces/default/configmaps/notes?fieldValidation=Strict' | grep message
    "message": "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: duplicate field \"data.a\", unknown field \"extra\"",
  $ curl -si -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{"data":{"b":"1","b":"2"},"spec":{}}' localhost:8001/api/v1/namespaces/default/configmaps/notes | grep -E '^(HTTP|Warning)'
  HTTP/1.1 200 OK
  Warning: 299 - "duplicate field \"data.b\""
  Warning: 299 - "unknown field \"spec\""
  $ curl -s -X PATCH -H 'Content-Type: application/json-patch+json' -d '[{"op":"add","path":"/data/c","value":"1","why":"x"}]' 'localhost:8001/api/v1/namespaces/default/configmaps/notes?fieldValidation=Strict'
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "strict decoding error: json patch unknown field \"[0].why\"",
    "reason": "BadRequest",
    "code": 400
  } (no-eol)
  $ curl -si -X PATCH -H 'Content-Type: application/strategic-merge-patch+json' -d '{"data":{"d":"1"},"bogus":1}' 'localhost:8001/api/v1/namespaces/default/configmaps/notes?fieldValidation=Ignore' | grep -E '^(HTTP|Warning)'
  HTTP/1.1 200 OK
  $ kubectl get cm notes -o jsonpath='{.data}{"\n"}'
  {"a":"3","b":"2","d":"1"}
A YAML body is read twice: go-yaml's strict pass names every key a mapping repeats, by the line
of its later value, in one error that comes first; the JSON it converts to is then decoded
strictly. Go's server writes the line breaks of a Warning header as spaces.
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes2\nfoo: 1\ndata:\n  a: b\n  a: c\ndata:\n  x: z\n' > dup.yaml
  $ curl -s -H 'Content-Type: application/yaml' --data-binary @dup.yaml 'localhost:8001/api/v1/namespaces/default/configmaps?fieldValidation=Strict' | grep message
    "message": "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: yaml: unmarshal errors:\n  line 8: key \"a\" already set in map\n  line 10: key \"data\" already set in map, unknown field \"foo\"",
  $ curl -si -H 'Content-Type: application/yaml' --data-binary @dup.yaml localhost:8001/api/v1/namespaces/default/configmaps | grep -E '^(HTTP|Warning)'
  HTTP/1.1 201 Created
  Warning: 299 - "yaml: unmarshal errors:   line 8: key \"a\" already set in map   line 10: key \"data\" already set in map"
  Warning: 299 - "unknown field \"foo\""
  $ kubectl get cm notes2 -o jsonpath='{.data}{"\n"}'
  {"x":"z"}
