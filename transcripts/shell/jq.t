jq over kubectl's JSON.
  $ kubectl get pods -o json | jq -r '.items[].metadata.name'
  goweb
  $ kubectl get pods -A -o json | jq '.items | length'
  16
  $ kubectl get nodes -o json | jq -r '.items[] | "\(.metadata.name) \(.status.nodeInfo.kubeletVersion)"'
  tk8s-control-plane v1.32.2
  tk8s-worker1 v1.32.2
  tk8s-worker2 v1.32.2
  $ kubectl get pods -n kube-system -o json | jq -r '.items[] | select(.metadata.name | startswith("coredns")) | .status.podIP'
  10.244.0.13
  10.244.0.14
  $ kubectl get pod goweb -o json | jq '.metadata.labels'
  {
    "run": "goweb"
  }
  $ kubectl get pod goweb -o json | jq -c '.spec.containers[] | {name, image}'
  {"name":"goweb","image":"dkreg.taroko:5000/goweb:1.0"}
  $ kubectl get pod goweb -o json | jq '.metadata | keys'
  [
    "creationTimestamp",
    "labels",
    "name",
    "namespace",
    "resourceVersion",
    "uid"
  ]
  $ kubectl get pods -A -o json | jq -r '[.items[].metadata.namespace] | unique | .[]'
  default
  kube-system
  local-path-storage
  $ kubectl get pods -A -o json | jq -r '.items | group_by(.metadata.namespace) | map("\(.[0].metadata.namespace)=\(length)") | .[]'
  default=1
  kube-system=14
  local-path-storage=1
  $ kubectl get pods -A -o json | jq -r '.items[] | [.metadata.namespace, .metadata.name, .status.phase] | @tsv' | head -3
  default	goweb	Running
  kube-system	calico-kube-controllers-6b65fb5f89-66t62	Running
  kube-system	canal-9dc5v	Running
  $ kubectl get pod goweb -o json | jq 'del(.metadata.uid, .metadata.resourceVersion, .status) | .metadata.labels.tier = "web" | .metadata'
  {
    "creationTimestamp": "2025-04-23T05:49:37Z",
    "labels": {
      "run": "goweb",
      "tier": "web"
    },
    "name": "goweb",
    "namespace": "default"
  }
  $ kubectl get pods -o json | jq '.items[0].metadata.name'
  "goweb"
  $ kubectl get pods -o json | jq '.items.metadata'
  jq: error (at <stdin>:179): Cannot index array with "metadata"
  $ kubectl get pods -o json | jq '.items[] | .spec.nodeName | .x'
  jq: error (at <stdin>:179): Cannot index string with "x"
  $ kubectl get pods -o json | jq '.items[] |'
  jq: error: syntax error, unexpected end of file (Unix shell quoting issues?) at <top-level>, line 1:
  .items[] |
  jq: 1 compile error
  $ kubectl get pods -o json | jq 'lenght'
  jq: error: lenght/0 is not defined at <top-level>, line 1:
  lenght
  jq: 1 compile error
  $ echo '{"a": [1, 2, 3]}' | jq -c '.a | map(. * 10), add, (.[1:] | length)'
  [10,20,30]
  6
  2
  $ echo 'not json' | jq .
  jq: parse error: Invalid literal at line 1, column 4
  $ jq -n --arg ns default '{namespace: $ns, replicas: (1 + 2)}'
  {
    "namespace": "default",
    "replicas": 3
  }
  $ echo '{"enabled": false}' | jq -e .enabled; echo $?
  false
  1
