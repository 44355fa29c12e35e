A write through the status subresource keeps the old spec, as the status strategies do, but
not the old metadata: the labels and annotations the client sends stay (a Deployment's status
strategy keeps its old labels too). An apply through status owns them beside the status, under
the subresource. A subresource that takes no patch refuses the apply with 405.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl run p --image=nginx
  pod/p created
  $ sleep 20
  $ cat > web.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  >   labels: {tier: front}
  >   annotations: {note: hello}
  > spec:
  >   replicas: 5
  > status:
  >   observedGeneration: 1
  > EOF
  $ kubectl apply --server-side --subresource=status -f web.yaml
  deployment.apps/web serverside-applied
  $ kubectl get deploy web -o jsonpath='{.metadata.labels}{"\n"}{.metadata.annotations}{"\n"}{.spec.replicas}{"\n"}'
  {"app":"web"}
  {"deployment.kubernetes.io/revision":"1","note":"hello"}
  1
  $ kubectl get deploy web --show-managed-fields -o jsonpath='{.metadata.managedFields[?(@.manager=="kubectl")].fieldsV1}{"\n"}'
  {"f:metadata":{"f:annotations":{"f:note":{}}},"f:status":{"f:observedGeneration":{}}}
  $ cat > p.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: p
  >   labels: {tier: back}
  >   annotations: {note: hi}
  > EOF
  $ kubectl apply --server-side --subresource=status -f p.yaml
  pod/p serverside-applied
  $ kubectl get pod p -o jsonpath='{.metadata.labels}{"\n"}{.metadata.annotations}{"\n"}'
  {"run":"p","tier":"back"}
  {"note":"hi"}
  $ kubectl get pod p -o yaml > p-full.yaml
  $ sed -i 's/note: hi/note: replaced/' p-full.yaml
  $ kubectl replace --subresource=status -f p-full.yaml
  pod/p replaced
  $ kubectl get pod p -o jsonpath='{.metadata.annotations}{"\n"}'
  {"note":"replaced"}
  $ kubectl apply --server-side --subresource=log -f p.yaml
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl apply --server-side --subresource=eviction -f p.yaml
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl replace --subresource=binding -f p.yaml
  Error from server (MethodNotAllowed): error when replacing "p.yaml": the server does not allow this method on the requested resource
