The token in a pod's kube-api-access volume is the JWT kube-apiserver issued the kubelet: RS256,
issuer and audience kubeadm's https://kubernetes.default.svc.tk8s.k8s, bound to the pod, its node
and its ServiceAccount (their UIDs). The kubelet asked for 3607 seconds, which the apiserver
extends to a year and marks with warnafter. Its parts are base64url without padding, so `base64 -d`
decodes them and then complains of the missing padding.
  $ kubectl run box --image=busybox:1.36 -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- ls /var/run/secrets/kubernetes.io/serviceaccount
  ca.crt
  namespace
  token
  $ kubectl exec box -- cat /var/run/secrets/kubernetes.io/serviceaccount/token | cut -d. -f1 | base64 -d; echo
  {"alg":"RS256","kid":"Df2VdleTf1jGaceRA2Gm7LmzeKHlx-JB7bp2k1zraNU"}base64: invalid input
  
  $ kubectl exec box -- cat /var/run/secrets/kubernetes.io/serviceaccount/token | cut -d. -f2 | base64 -d | jq .
  base64: invalid input
  {
    "aud": [
      "https://kubernetes.default.svc.tk8s.k8s"
    ],
    "exp": 1776929100,
    "iat": 1745393100,
    "iss": "https://kubernetes.default.svc.tk8s.k8s",
    "jti": "c1ffca5e-e8a2-4c6d-87e0-713fb2eaef02",
    "kubernetes.io": {
      "namespace": "default",
      "node": {
        "name": "tk8s-worker2",
        "uid": "a84c4d1a-0a24-4a17-8a04-1773e5e406e6"
      },
      "pod": {
        "name": "box",
        "uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32"
      },
      "serviceaccount": {
        "name": "default",
        "uid": "77caca3c-b3ce-4405-bb33-1f53bc939133"
      },
      "warnafter": 1745396707
    },
    "nbf": 1745393100,
    "sub": "system:serviceaccount:default:default"
  }
  $ kubectl get pod box -o jsonpath='{.metadata.uid} {.spec.nodeName} {.status.startTime}{"\n"}'
  7a56ddf8-b0ed-48d1-9008-a1faab5feb32 tk8s-worker2 2025-04-23T07:25:00Z
  $ kubectl get sa default -o jsonpath='{.metadata.uid}{"\n"}'
  77caca3c-b3ce-4405-bb33-1f53bc939133
  $ date -d @1745393100 -u
  Wed Apr 23 07:25:00 UTC 2025
