A manifest or patch that repeats a key in one mapping is read as kubectl reads it: the last value
wins, without a word, in YAML and JSON alike (go-yaml and Go's JSON fill a map). A JSON patch
sent as typed still carries its repeat to the apiserver, which warns of it.
  $ cat > dup.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: dup
  >   labels: {tier: web, tier: db}
  > data:
  >   mode: fast
  >   "mode": slow
  > data:
  >   level: "3"
  > EOF
  $ kubectl create -f dup.yaml --dry-run=client -o yaml
  apiVersion: v1
  data:
    level: "3"
  kind: ConfigMap
  metadata:
    labels:
      tier: db
    name: dup
    namespace: default
  $ kubectl apply -f dup.yaml
  configmap/dup created
  $ kubectl get cm dup -o jsonpath='{.metadata.labels}{" "}{.data}{"\n"}'
  {"tier":"db"} {"level":"3"}
  $ echo '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dup2","name":"dup3"},"data":{"a":"1","a":"2"}}' > dup.json
  $ kubectl create -f dup.json
  configmap/dup3 created
  $ kubectl get cm dup3 -o jsonpath='{.data}{"\n"}'
  {"a":"2"}
  $ kubectl patch cm dup -p 'data: {level: "4", level: "5"}'
  configmap/dup patched
  $ kubectl patch cm dup -p '{"data":{"level":"6","level":"7"}}'
  Warning: duplicate field "data.level"
  configmap/dup patched
  $ kubectl get cm dup -o jsonpath='{.data}{"\n"}'
  {"level":"7"}
