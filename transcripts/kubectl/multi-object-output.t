Several objects printed by one command, as kubectl 1.32 prints them: create -f keeps one
printer for the command, so its YAML documents are separated by `---` and its JSON objects
follow one another; apply, asked for objects, prints them once all are applied, several as one
List; label gives each object a printer of its own, so its documents run together.
  $ cat > multi.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: a
  > data:
  >   x: "1"
  > ---
  > apiVersion: v1
  > kind: Namespace
  > metadata:
  >   name: b
  > EOF
  $ kubectl create -f multi.yaml --dry-run=client -o yaml
  apiVersion: v1
  data:
    x: "1"
  kind: ConfigMap
  metadata:
    name: a
    namespace: default
  ---
  apiVersion: v1
  kind: Namespace
  metadata:
    name: b
  $ kubectl create -f multi.yaml --dry-run=client -o json
  {
      "apiVersion": "v1",
      "data": {
          "x": "1"
      },
      "kind": "ConfigMap",
      "metadata": {
          "name": "a",
          "namespace": "default"
      }
  }
  {
      "apiVersion": "v1",
      "kind": "Namespace",
      "metadata": {
          "name": "b"
      }
  }
  $ kubectl apply -f multi.yaml --dry-run=client -o yaml
  apiVersion: v1
  items:
  - apiVersion: v1
    data:
      x: "1"
    kind: ConfigMap
    metadata:
      annotations:
        kubectl.kubernetes.io/last-applied-configuration: |
          {"apiVersion":"v1","data":{"x":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"a","namespace":"default"}}
      name: a
      namespace: default
  - apiVersion: v1
    kind: Namespace
    metadata:
      annotations:
        kubectl.kubernetes.io/last-applied-configuration: |
          {"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{},"name":"b"}}
      name: b
  kind: List
  metadata: {}
  $ kubectl apply -f multi.yaml --dry-run=client -o json
  {
      "kind": "List",
      "apiVersion": "v1",
      "metadata": {},
      "items": [
          {
              "apiVersion": "v1",
              "data": {
                  "x": "1"
              },
              "kind": "ConfigMap",
              "metadata": {
                  "annotations": {
                      "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"data\":{\"x\":\"1\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"a\",\"namespace\":\"default\"}}\n"
                  },
                  "name": "a",
                  "namespace": "default"
              }
          },
          {
              "apiVersion": "v1",
              "kind": "Namespace",
              "metadata": {
                  "annotations": {
                      "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"annotations\":{},\"name\":\"b\"}}\n"
                  },
                  "name": "b"
              }
          }
      ]
  }
  $ kubectl apply -f multi.yaml --dry-run=client -o name
  configmap/a
  namespace/b
  $ kubectl label --local -f multi.yaml foo=bar -o yaml
  apiVersion: v1
  data:
    x: "1"
  kind: ConfigMap
  metadata:
    labels:
      foo: bar
    name: a
  apiVersion: v1
  kind: Namespace
  metadata:
    labels:
      foo: bar
    name: b
  $ kubectl annotate --local -f multi.yaml foo=bar -o yaml
  apiVersion: v1
  data:
    x: "1"
  kind: ConfigMap
  metadata:
    annotations:
      foo: bar
    name: a
  ---
  apiVersion: v1
  kind: Namespace
  metadata:
    annotations:
      foo: bar
    name: b
  $ kubectl replace -f multi.yaml --dry-run=client -o yaml
  apiVersion: v1
  data:
    x: "1"
  kind: ConfigMap
  metadata:
    name: a
    namespace: default
  ---
  apiVersion: v1
  kind: Namespace
  metadata:
    name: b
