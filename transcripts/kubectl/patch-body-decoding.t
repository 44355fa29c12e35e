The apiserver decodes a patch's body before applying it. kubectl's patch names no field
validation, so the server's default applies: a body of the wrong shape is a BadRequest worded
as Go's JSON decoder words it, and fields the kind does not have are dropped with a warning.
  $ kubectl run p --image=nginx
  pod/p created
  $ kubectl patch pod p --type=json -p '{"op":"add","path":"/metadata/labels/a","value":"b"}'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp
  $ kubectl patch pod p --type=json -p '[1]'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal number into Go value of type handlers.jsonPatchOp
  $ kubectl patch pod p --type=json -p '[{"op":5,"path":"/metadata/labels/a"}]'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string
  $ kubectl patch pod p --type=json -p '[{"op":"add","path":"/metadata/labels/a","value":"b"'
  error: unable to parse "[{\"op\":\"add\",\"path\":\"/metadata/labels/a\",\"value\":\"b\"": yaml: line 1: did not find expected ',' or '}'
  $ kubectl patch pod p --type=json -p 'null'
  pod/p patched (no change)
  $ kubectl patch pod p --type=json -p '[{"op":"test","path":"/metadata/name","value":"q"}]'
  The request is invalid: the server rejected our request due to an error in our request
  $ kubectl patch pod p --type=merge -p '[{"op":"add"}]'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}
  $ kubectl patch pod p --type=merge -p 'null'
  Error from server (BadRequest): Invalid JSON Patch
  $ kubectl patch pod p --type=merge -p '"labels"'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal string into Go value of type map[string]interface {}
  $ kubectl patch pod p -p '[{"op":"add"}]'
  Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}
  $ kubectl patch pod p -p 'null'
  pod/p patched (no change)
  $ kubectl patch pod p -p '{"metadata":{"labels":{"a":"b"}'
  Error from server (BadRequest): unexpected end of JSON input
kubectl itself applies the patch of a client dry run, and words its refusals as json-patch does.
  $ kubectl patch pod p --type=json -p '[1]' --dry-run=client
  error: json: cannot unmarshal number into Go value of type jsonpatch.Operation
  $ kubectl patch pod p --type=json -p '[null]' --dry-run=client
  error: Unexpected kind: unknown
  $ kubectl patch pod p --type=json -p 'null' --dry-run=client
  pod/p patched (no change)
  $ kubectl patch pod nope --type=json -p '[1]'
  Error from server (NotFound): pods "nope" not found
Fields the Pod does not have are dropped, each with a warning; the rest of the patch applies.
  $ kubectl patch pod p --type=merge -p '{"metadata":{"labels":{"a":"b"},"colour":"red"},"size":3}'
  Warning: unknown field "metadata.colour"
  Warning: unknown field "size"
  pod/p patched
  $ kubectl get pod p -o jsonpath='{.metadata.labels.a} {.size}'
  b  (no-eol)
  $ kubectl patch pod p --type=json -p '[{"op":"add","path":"/spec/colour","value":"red"}]'
  Warning: unknown field "spec.colour"
  pod/p patched (no change)
  $ kubectl patch deploy coredns -n kube-system -p '{"spec":{"template":{"spec":{"containers":[{"name":"coredns","colour":"red"}]}}}}' --dry-run=server
  Warning: unknown field "spec.template.spec.containers[0].colour"
  deployment.apps/coredns patched (no change)
