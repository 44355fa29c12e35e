kubectl patch changes part of an object. The default strategic merge patch merges containers
by name; a merge patch replaces lists whole; a JSON patch is a list of operations, which the
apiserver applies: one that does not apply is its generic 422 (json-patch's own words only
show when kubectl applies it, with --dry-run=client or --local).
  $ kubectl create deployment web --image=nginx --replicas=2 --port=80
  deployment.apps/web created
  $ kubectl patch deployment web -p '{"spec":{"replicas":3}}'
  deployment.apps/web patched
  $ kubectl patch deployment web -p '{"spec":{"replicas":3}}'
  deployment.apps/web patched (no change)
  $ kubectl patch deploy/web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox","command":["sleep","3600"]}]}}}}'
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[*].name}'
  nginx sidecar (no-eol)
  $ kubectl patch deploy/web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}'
  deployment.apps/web patched
  $ kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","ports":[{"containerPort":8080}]}]}}}}'
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].ports[*].containerPort}'
  80 8080 (no-eol)
  $ kubectl patch deploy web --type merge -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}' --dry-run=client -o yaml | grep -A3 'containers:'
        containers:
        - image: nginx:1.28
          name: nginx
        dnsPolicy: ClusterFirst
  $ kubectl patch deploy web --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'
  deployment.apps/web patched
  $ kubectl patch deploy web --type=json -p '[{"op":"test","path":"/spec/replicas","value":5}]'
  The request is invalid: the server rejected our request due to an error in our request
  $ kubectl patch deploy web --type=json -p '[{"op":"test","path":"/spec/replicas","value":5}]' --dry-run=client
  error: testing value /spec/replicas failed: test failed
  $ kubectl patch deploy web --type=json -p '[{"op":"remove","path":"/spec/paused"}]'
  The request is invalid: the server rejected our request due to an error in our request
  $ kubectl patch deploy web --type=json -p '[{"op":"add","path":"/spec/x/y","value":1}]'
  The request is invalid: the server rejected our request due to an error in our request
  $ kubectl patch deploy web --type=json -p '[{"op":"fly","path":"/spec"}]'
  The request is invalid: the server rejected our request due to an error in our request
  $ kubectl patch deploy web --type=json -p '{"op":"add"}'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp
  $ kubectl patch deploy web -p 'spec: {replicas: 2}'
  deployment.apps/web patched
  $ kubectl patch deploy web -p '{"spec":{"replicas":2}'
  Error from server (BadRequest): unexpected end of JSON input
  $ kubectl patch deploy web -p 'a: b: c'
  error: unable to parse "a: b: c": yaml: mapping values are not allowed in this context
  $ kubectl patch deploy web --type=merge -p '"text"'
  Error from server (BadRequest): error decoding patch: json: cannot unmarshal string into Go value of type map[string]interface {}
  $ kubectl patch deploy web --type=foo -p '{}'
  error: --type must be one of [json merge strategic], not "foo"
  $ kubectl patch deploy web
  error: must specify --patch or --patch-file containing the contents of the patch
  $ kubectl patch deploy web -p '{"spec":{"replicas":-1}}'
  The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
  $ kubectl patch deploy nosuch -p '{}'
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl patch -p '{}'
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
  $ kubectl patch svc kubernetes --type merge -p '{"metadata":{"labels":{"tier":"api"}}}'
  service/kubernetes patched
  $ sleep 30
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    2/2     2            2           30s
