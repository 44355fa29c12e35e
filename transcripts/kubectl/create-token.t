`kubectl create token` asks the apiserver for a token of a ServiceAccount (a TokenRequest on its
`token` subresource). Nothing is stored, so each call gives a new token; the token ends with a
newline only on a terminal. Bound to a pod, the token names the pod and its node.
  $ kubectl create token default | cut -d. -f1
  eyJhbGciOiJSUzI1NiIsImtpZCI6IkRmMlZkbGVUZjFqR2FjZVJBMkdtN0xtemVLSGx4LUpCN2JwMmsxenJhTlUifQ
  $ kubectl create token default | wc -c
  917
  $ TOKEN=$(kubectl create token default --duration=2h); echo ${#TOKEN}
  917
  $ kubectl create token default -o jsonpath='{.spec}{"\n"}{.status.expirationTimestamp}{"\n"}'
  {"audiences":["https://kubernetes.default.svc.tk8s.k8s"],"boundObjectRef":null,"expirationSeconds":3600}
  2025-04-23T08:25:00Z
  $ kubectl create token default --bound-object-kind=Pod --bound-object-name=goweb -o yaml | grep -v token:
  apiVersion: authentication.k8s.io/v1
  kind: TokenRequest
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: default
    namespace: default
  spec:
    audiences:
    - https://kubernetes.default.svc.tk8s.k8s
    boundObjectRef:
      apiVersion: v1
      kind: Pod
      name: goweb
    expirationSeconds: 3600
  status:
    expirationTimestamp: "2025-04-23T08:25:00Z"
  $ kubectl create token default -o name
  tokenrequest.authentication.k8s.io/default
  $ kubectl create token default --duration=5m
  error: failed to create token: TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes
  $ kubectl create token robot
  error: failed to create token: serviceaccounts "robot" not found
  $ kubectl create token default --bound-object-kind=Deployment --bound-object-name=web
  error: supported --bound-object-kind values are Node, Pod, Secret
  $ kubectl create token default --dry-run=client
  error: unknown flag: --dry-run
  See 'kubectl create token --help' for usage.
  $ kubectl create token default --as=system:serviceaccount:default:default
  error: failed to create token: serviceaccounts "default" is forbidden: User "system:serviceaccount:default:default" cannot create resource "serviceaccounts/token" in API group "" in the namespace "default"
