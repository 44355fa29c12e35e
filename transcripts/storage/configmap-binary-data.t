A file whose bytes are not UTF-8 goes into the ConfigMap's binaryData, base64-encoded, as
kubectl 1.32 tells it apart with Go's utf8.Valid; text files and literals stay in data. A key
is refused when either map has it already.
  $ printf '\377\376bin' > b.bin
  $ printf 'x' > a
  $ kubectl create configmap bin --from-file=b.bin --from-literal=a=b --dry-run=client -o yaml
  apiVersion: v1
  binaryData:
    b.bin: //5iaW4=
  data:
    a: b
  kind: ConfigMap
  metadata:
    creationTimestamp: null
    name: bin
  $ kubectl create configmap bin --from-file=b.bin --from-literal=a=b
  configmap/bin created
  $ kubectl get configmap -o jsonpath='{.binaryData}' bin; echo
  {"b.bin":"//5iaW4="}
  $ kubectl describe configmap bin
  Name:         bin
  Namespace:    default
  Labels:       <none>
  Annotations:  <none>
  
  Data
  ====
  a:
  ----
  b
  
  
  BinaryData
  ====
  b.bin: 5 bytes
  
  Events:  <none>
  $ kubectl create configmap bin2 --from-file=b.bin --from-file=b.bin
  error: cannot add key "b.bin", another key by that name already exists in BinaryData for ConfigMap "bin2"
  $ kubectl create configmap bin3 --from-file=b.bin=a --from-file=b.bin
  error: cannot add key "b.bin", another key by that name already exists in Data for ConfigMap "bin3"
