kubectl patch sends no field validation (it has no --validate flag), so the apiserver's default,
Warn, applies: what its strict decoding finds is a warning, the field is dropped and the rest of
the patch applies. A JSON patch is decoded into operations that have only op, path, from and
value; any other key is reported by the operation's index. kubectl sends a JSON patch converted
from YAML, so the keys of each operation come sorted.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl patch deploy web --validate=strict -p '{}'
  error: unknown flag: --validate
  See 'kubectl patch --help' for usage.
  $ kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":3,"foo":1}]'
  Warning: json patch unknown field "[0].foo"
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.spec.replicas}'
  3 (no-eol)
  $ kubectl patch deploy web --type=json -p '[{"op":"add","path":"/metadata/labels/tier","value":"web","zone":"a"},{"op":"test","path":"/spec/replicas","value":3,"Op":"x","comment":"check"}]'
  Warning: json patch unknown field "[0].zone"
  Warning: json patch unknown field "[1].Op"
  Warning: json patch unknown field "[1].comment"
  deployment.apps/web patched
The body's warnings come first, then those of the patched object.
  $ kubectl patch deploy web --type=json -p '[{"op":"add","path":"/spec/colour","value":"red","note":"x"}]'
  Warning: json patch unknown field "[0].note"
  Warning: unknown field "spec.colour"
  deployment.apps/web patched (no change)
The warnings are sent even when the patched object is then refused.
  $ kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":-1,"foo":1}]'
  Warning: json patch unknown field "[0].foo"
  The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
A merge or strategic merge patch typed as JSON is sent as typed, so a key it repeats reaches the
apiserver, which keeps the last value and warns of the repeat.
  $ kubectl patch deploy web -p '{"spec":{"replicas":2,"replicas":4}}'
  Warning: duplicate field "spec.replicas"
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.spec.replicas}'
  4 (no-eol)
  $ kubectl patch deploy web --type=merge -p '{"metadata":{"labels":{"tier":"a","tier":"b"}},"spec":{"replicass":2}}'
  Warning: duplicate field "metadata.labels.tier"
  Warning: unknown field "spec.replicass"
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.metadata.labels.tier}'
  b (no-eol)
A JSON patch goes through kubectl's YAML conversion, which keeps the last of a repeated key.
  $ kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":1,"value":3}]'
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.spec.replicas}'
  3 (no-eol)
A server dry run is decoded the same way; a client dry run is applied by kubectl, which does not
look for unknown or repeated keys.
  $ kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":2,"foo":1}]' --dry-run=server
  Warning: json patch unknown field "[0].foo"
  deployment.apps/web patched
  $ kubectl patch deploy web -p '{"spec":{"replicas":2,"replicas":5}}' --dry-run=client
  deployment.apps/web patched
The status subresource is patched through the same handler.
  $ kubectl patch deploy web --subresource=status --type=merge -p '{"status":{"colour":"red"}}'
  Warning: unknown field "status.colour"
  deployment.apps/web patched (no change)
  $ kubectl get deploy web -o jsonpath='{.status.colour}'
kubectl's warning handler prints each text once a command, however many objects it patches.
  $ kubectl create deployment api --image=nginx
  deployment.apps/api created
  $ kubectl patch deploy web api -p '{"spec":{"replicas":1,"replicas":2}}'
  Warning: duplicate field "spec.replicas"
  deployment.apps/web patched
  deployment.apps/api patched
