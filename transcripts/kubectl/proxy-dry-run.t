A write through kubectl proxy with ?dryRun=All is decoded, admitted and answered as the write
would be (a created object has its uid and the client's managed fields, but no resourceVersion),
and nothing is stored. dryRun takes every value the query gives, and each must be All: anything
else is refused with a 422 naming the options the handler reads (CreateOptions for a POST,
UpdateOptions for a PUT, PatchOptions for a PATCH, DeleteOptions for a DELETE), before the body
is decoded.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -s -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"trial"},"data":{"a":"1"}}' 'localhost:8001/api/v1/namespaces/default/configmaps?dryRun=All' -o /dev/null -w '%{http_code}\n'
  201
  $ curl -s -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"trial"},"data":{"a":"1"}}' 'localhost:8001/api/v1/namespaces/default/configmaps?dryRun=All' | grep -E '"(uid|resourceVersion|manager|operation)"'
      "uid": "0485a1f7-4031-4f02-bfdf-a959b47888af",
          "manager": "curl",
          "operation": "Update",
  $ kubectl get cm trial
  Error from server (NotFound): configmaps "trial" not found
  $ curl -s -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"trial"}}' 'localhost:8001/api/v1/namespaces/default/configmaps?dryRun=all'
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "CreateOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: []string{\"all\"}: supported values: \"All\"",
    "reason": "Invalid",
    "details": {
      "group": "meta.k8s.io",
      "kind": "CreateOptions",
      "causes": [
        {
          "reason": "FieldValueNotSupported",
          "message": "Unsupported value: []string{\"all\"}: supported values: \"All\"",
          "field": "dryRun"
        }
      ]
    },
    "code": 422
  } (no-eol)
  $ curl -s -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"trial"}}' 'localhost:8001/api/v1/namespaces/default/configmaps?dryRun=All&dryRun=Some&fieldValidation=Loose' | grep message
    "message": "CreateOptions.meta.k8s.io \"\" is invalid: [dryRun: Unsupported value: []string{\"All\", \"Some\"}: supported values: \"All\", fieldValidation: Unsupported value: \"Loose\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"]",
          "message": "Unsupported value: []string{\"All\", \"Some\"}: supported values: \"All\"",
          "message": "Unsupported value: \"Loose\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"",
  $ curl -s -H 'Content-Type: application/json' -d 'not json' 'localhost:8001/api/v1/namespaces/default/configmaps?dryRun' | grep message
    "message": "CreateOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: []string{\"\"}: supported values: \"All\"",
          "message": "Unsupported value: []string{\"\"}: supported values: \"All\"",
  $ kubectl create cm kept --from-literal=a=1
  configmap/kept created
  $ curl -s -X PUT -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"kept"},"data":{"a":"2"}}' 'localhost:8001/api/v1/namespaces/default/configmaps/kept?dryRun=All' | grep -A2 '"data"'
    "data": {
      "a": "2"
    }
  $ curl -s -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{"data":{"b":"3"}}' 'localhost:8001/api/v1/namespaces/default/configmaps/kept?dryRun=All' | grep -A3 '"data"'
    "data": {
      "a": "1",
      "b": "3"
    }
  $ curl -s -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary $'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\ndata:\n  c: "4"\n' 'localhost:8001/api/v1/namespaces/default/configmaps/kept?dryRun=All&fieldManager=me&force=true' -o /dev/null -w '%{http_code}\n'
  200
  $ kubectl get cm kept -o jsonpath='{.data}{"\n"}'
  {"a":"1"}
  $ curl -s -X DELETE 'localhost:8001/api/v1/namespaces/default/configmaps/kept?dryRun=All'
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Success",
    "details": {
      "name": "kept",
      "kind": "configmaps",
      "uid": "2aad8558-2326-4185-af69-5ea48a7cb866"
    }
  } (no-eol)
  $ kubectl get cm kept
  NAME   DATA   AGE
  kept   1      0s
  $ curl -s -X DELETE 'localhost:8001/api/v1/namespaces/default/configmaps/kept?dryRun=None' | grep message
    "message": "DeleteOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: []string{\"None\"}: supported values: \"All\"",
          "message": "Unsupported value: []string{\"None\"}: supported values: \"All\"",
  $ curl -s -X DELETE 'localhost:8001/api/v1/namespaces/default/configmaps/kept?propagationPolicy=Later' | grep message
    "message": "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"Later\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"",
          "message": "Unsupported value: \"Later\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"",
A DELETE with a body takes its options from the body and none from the query.
  $ curl -s -X DELETE -H 'Content-Type: application/json' -d '{"dryRun":["All"]}' 'localhost:8001/api/v1/namespaces/default/configmaps/kept?dryRun=None' | grep -E '"(status|kind)"'
    "kind": "Status",
    "status": "Success",
      "kind": "configmaps",
  $ kubectl get cm kept
  NAME   DATA   AGE
  kept   1      0s
A pod on a node would be deleted gracefully: the dry run answers with the pod marked for
deletion, its deletion time the grace period away, and the pod stays as it was.
  $ curl -s -X DELETE 'localhost:8001/api/v1/namespaces/default/pods/goweb?dryRun=All' | grep -E 'deletion|"phase"'
      "deletionTimestamp": "2025-04-23T07:25:30Z",
      "deletionGracePeriodSeconds": 30,
      "phase": "Running",
  $ kubectl get pod goweb
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
A PATCH that is not an apply may not name force; an apply must name its field manager.
  $ curl -s -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{}' 'localhost:8001/api/v1/namespaces/default/configmaps/kept?force=false&dryRun=x' | grep message
    "message": "PatchOptions.meta.k8s.io \"\" is invalid: [force: Forbidden: may not be specified for non-apply patch, dryRun: Unsupported value: []string{\"x\"}: supported values: \"All\"]",
          "message": "Forbidden: may not be specified for non-apply patch",
          "message": "Unsupported value: []string{\"x\"}: supported values: \"All\"",
  $ curl -s -X PATCH -H 'Content-Type: application/apply-patch+yaml' -d '{}' 'localhost:8001/api/v1/namespaces/default/configmaps/kept?force=1&dryRun=x'
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "PatchOptions.meta.k8s.io \"\" is invalid: [fieldManager: Required value: is required for apply patch, dryRun: Unsupported value: []string{\"x\"}: supported values: \"All\"]",
    "reason": "Invalid",
    "details": {
      "group": "meta.k8s.io",
      "kind": "PatchOptions",
      "causes": [
        {
          "reason": "FieldValueRequired",
          "message": "Required value: is required for apply patch",
          "field": "fieldManager"
        },
        {
          "reason": "FieldValueNotSupported",
          "message": "Unsupported value: []string{\"x\"}: supported values: \"All\"",
          "field": "dryRun"
        }
      ]
    },
    "code": 422
  } (no-eol)
