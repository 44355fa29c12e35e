kubectl apply --overwrite=false refuses to set a field the live object changed since the last
apply to another value: each way of computing the patch (OpenAPI v3, v2, the built-in types)
fails alike, the first two with a warning, and the conflict shows the patch and everything that
changed from the last applied configuration to the live object, the server's own fields
included. Without the live change, or with --overwrite left true, the apply goes through.
  $ cat > cm.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: settings
  > data:
  >   mode: fast
  > EOF
  $ kubectl apply -f cm.yaml
  configmap/settings created
  $ kubectl apply -f cm.yaml --overwrite=false
  configmap/settings unchanged
  $ kubectl patch cm settings -p '{"data":{"mode":"slow"}}'
  configmap/settings patched
  $ kubectl apply -f cm.yaml --overwrite=false
  warning: error calculating patch from openapi v3 spec: patch:
  data:
    mode: fast
  
  conflicts with changes made from original to current:
  data:
    mode: slow
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","data":{"mode":"fast"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    managedFields:
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data: {}
        f:metadata:
          f:annotations:
            .: {}
            f:kubectl.kubernetes.io/last-applied-configuration: {}
      manager: kubectl-client-side-apply
      operation: Update
      time: "2025-04-23T07:25:00Z"
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data:
          f:mode: {}
      manager: kubectl-patch
      operation: Update
      time: "2025-04-23T07:25:00Z"
    resourceVersion: "166"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  
  
  warning: error calculating patch from openapi spec: patch:
  data:
    mode: fast
  
  conflicts with changes made from original to current:
  data:
    mode: slow
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","data":{"mode":"fast"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    managedFields:
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data: {}
        f:metadata:
          f:annotations:
            .: {}
            f:kubectl.kubernetes.io/last-applied-configuration: {}
      manager: kubectl-client-side-apply
      operation: Update
      time: "2025-04-23T07:25:00Z"
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data:
          f:mode: {}
      manager: kubectl-patch
      operation: Update
      time: "2025-04-23T07:25:00Z"
    resourceVersion: "166"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  
  
  error: error when applying patch:
  
  to:
  Resource: "/v1, Resource=configmaps", GroupVersionKind: "/v1, Kind=ConfigMap"
  Name: "settings", Namespace: "default"
  for: "cm.yaml": error when patching "cm.yaml": creating patch with:
  original:
  {"apiVersion":"v1","data":{"mode":"fast"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}
  
  modified:
  {"apiVersion":"v1","data":{"mode":"fast"},"kind":"ConfigMap","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"mode\":\"fast\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"settings\",\"namespace\":\"default\"}}\n"},"name":"settings","namespace":"default"}}
  
  current:
  {"apiVersion":"v1","data":{"mode":"slow"},"kind":"ConfigMap","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"mode\":\"fast\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"settings\",\"namespace\":\"default\"}}\n"},"creationTimestamp":"2025-04-23T07:25:00Z","managedFields":[{"apiVersion":"v1","fieldsType":"FieldsV1","fieldsV1":{"f:data":{},"f:metadata":{"f:annotations":{".":{},"f:kubectl.kubernetes.io/last-applied-configuration":{}}}},"manager":"kubectl-client-side-apply","operation":"Update","time":"2025-04-23T07:25:00Z"},{"apiVersion":"v1","fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:mode":{}}},"manager":"kubectl-patch","operation":"Update","time":"2025-04-23T07:25:00Z"}],"name":"settings","namespace":"default","resourceVersion":"166","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32"}}
  
  for:: patch:
  data:
    mode: fast
  
  conflicts with changes made from original to current:
  data:
    mode: slow
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","data":{"mode":"fast"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"settings","namespace":"default"}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    managedFields:
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data: {}
        f:metadata:
          f:annotations:
            .: {}
            f:kubectl.kubernetes.io/last-applied-configuration: {}
      manager: kubectl-client-side-apply
      operation: Update
      time: "2025-04-23T07:25:00Z"
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1:
        f:data:
          f:mode: {}
      manager: kubectl-patch
      operation: Update
      time: "2025-04-23T07:25:00Z"
    resourceVersion: "166"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  
  $ kubectl apply -f cm.yaml --overwrite=false --openapi-patch=false 2>&1 | head -3
  error: error when applying patch:
  
  to:
  $ kubectl get cm settings -o jsonpath='{.data.mode}{"\n"}'
  slow
  $ kubectl apply -f cm.yaml
  configmap/settings configured
  $ kubectl get cm settings -o jsonpath='{.data.mode}{"\n"}'
  fast
