kubectl prints the answer of a typed client (the generators of `create`, `run`, `expose`,
`set`, `auth whoami`, `create token`) as `encoding/json` marshals the Go struct: fields in
declaration order. Verbs that work on unstructured objects (`get`, `label`, `patch`, `apply`)
print keys sorted.
  $ kubectl create deployment web --image=nginx --dry-run=server -o json | head -12
  {
      "kind": "Deployment",
      "apiVersion": "apps/v1",
      "metadata": {
          "name": "web",
          "namespace": "default",
          "uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z",
          "labels": {
              "app": "web"
          }
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl set image deployment/web nginx=nginx:1.27 -o json | head -8
  {
      "kind": "Deployment",
      "apiVersion": "apps/v1",
      "metadata": {
          "name": "web",
          "namespace": "default",
          "uid": "0485a1f7-4031-4f02-bfdf-a959b47888af",
          "resourceVersion": "176",
  $ kubectl expose deployment web --port=80 -o json | sed -n '/"spec"/,/]/p'
      "spec": {
          "ports": [
              {
                  "protocol": "TCP",
                  "port": 80,
                  "targetPort": 80
              }
          ],
  $ kubectl label deployment web tier=front -o json | head -4
  {
      "apiVersion": "apps/v1",
      "kind": "Deployment",
      "metadata": {
  $ kubectl get deployment web -o json | head -4
  {
      "apiVersion": "apps/v1",
      "kind": "Deployment",
      "metadata": {
