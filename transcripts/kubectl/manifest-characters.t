What a manifest may hold: a JSON manifest's surrogate-pair escapes are one character and a lone
surrogate becomes U+FFFD, as Go's encoding/json reads them; YAML refuses surrogate escapes and
the control characters go-yaml's reader refuses (DEL, C1 controls, U+FFFE, U+FFFF).
  $ printf '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"emoji"},"data":{"smile":"\\ud83d\\ude00","lone":"\\ud83d!"}}\n' > emoji.json
  $ kubectl apply -f emoji.json
  configmap/emoji created
  $ kubectl get cm emoji -o jsonpath='{.data.smile} {.data.lone}'
  😀 �! (no-eol)
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: emoji2\ndata:\n  smile: "\\ud83d\\ude00"\n' > emoji.yaml
  $ kubectl apply -f emoji.yaml
  error: error parsing emoji.yaml: error converting YAML to JSON: yaml: line 6: found invalid Unicode character escape code
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: del\ndata:\n  x: "a\177b"\n' > del.yaml
  $ kubectl create -f del.yaml
  error: error parsing del.yaml: error converting YAML to JSON: yaml: control characters are not allowed
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\ndata:\n  x: "a\302\206b"\n' | kubectl apply -f -
  error: error parsing STDIN: error converting YAML to JSON: yaml: control characters are not allowed
  $ printf '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"del"},"data":{"x":"a\177b"}}\n' > del.json
  $ kubectl create -f del.json
  configmap/del created
