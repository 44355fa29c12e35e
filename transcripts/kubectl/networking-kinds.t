NetworkPolicy and Ingress objects: stored with the apiserver's defaults, listed with their
columns, described, explained, and refused with the validation's words.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: default-deny
  > spec:
  >   podSelector: {}
  > ---
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: allow-web
  > spec:
  >   podSelector:
  >     matchLabels:
  >       app: web
  >   ingress:
  >   - from:
  >     - podSelector:
  >         matchLabels:
  >           role: client
  >     ports:
  >     - port: 80
  >   egress:
  >   - to:
  >     - namespaceSelector: {}
  >     ports:
  >     - port: 53
  >       protocol: UDP
  > EOF
  networkpolicy.networking.k8s.io/default-deny created
  networkpolicy.networking.k8s.io/allow-web created
  $ kubectl get netpol
  NAME           POD-SELECTOR   AGE
  allow-web      app=web        0s
  default-deny   <none>         0s
  $ kubectl get networkpolicy allow-web -o yaml | sed -n '/^spec:/,$p'
  spec:
    egress:
    - ports:
      - port: 53
        protocol: UDP
      to:
      - namespaceSelector: {}
    ingress:
    - from:
      - podSelector:
          matchLabels:
            role: client
      ports:
      - port: 80
        protocol: TCP
    podSelector:
      matchLabels:
        app: web
    policyTypes:
    - Ingress
    - Egress
  $ kubectl describe netpol default-deny
  Name:         default-deny
  Namespace:    default
  Created on:   2025-04-23 07:25:00 +0000 UTC
  Labels:       <none>
  Annotations:  <none>
  Spec:
    PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)
    Allowing ingress traffic:
      <none> (Selected pods are isolated for ingress connectivity)
    Not affecting egress traffic
    Policy Types: Ingress
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: typo
  > spec:
  >   policyTypes:
  >   - ingress
  > EOF
  The NetworkPolicy "typo" is invalid: spec.policyTypes[0]: Unsupported value: "ingress": supported values: "Ingress", "Egress"
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: Ingress
  > metadata:
  >   name: web
  > spec:
  >   ingressClassName: nginx
  >   rules:
  >   - host: web.tk8s.lab
  >     http:
  >       paths:
  >       - path: /
  >         pathType: Prefix
  >         backend:
  >           service:
  >             name: web
  >             port:
  >               number: 80
  > EOF
  ingress.networking.k8s.io/web created
  $ kubectl get ing
  NAME   CLASS   HOSTS          ADDRESS   PORTS   AGE
  web    nginx   web.tk8s.lab             80      0s
  $ kubectl get ingress web -o yaml | sed -n '/^spec:/,$p'
  spec:
    ingressClassName: nginx
    rules:
    - host: web.tk8s.lab
      http:
        paths:
        - backend:
            service:
              name: web
              port:
                number: 80
          path: /
          pathType: Prefix
  status:
    loadBalancer: {}
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: Ingress
  > metadata:
  >   name: broken
  > spec:
  >   rules:
  >   - host: 10.0.0.1
  >     http:
  >       paths:
  >       - path: api
  >         pathType: Prefix
  >         backend:
  >           service:
  >             name: web
  >       - path: /docs
  >         backend:
  >           service:
  >             name: web
  >             port:
  >               number: 80
  > EOF
  The Ingress "broken" is invalid: 
  * spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address
  * spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path
  * spec.rules[0].http.paths[0].backend: Required value: port name or number is required
  * spec.rules[0].http.paths[1].pathType: Required value: pathType must be specified
  $ kubectl explain ingress.spec.rules.http.paths.pathType | head -4
  GROUP:      networking.k8s.io
  KIND:       Ingress
  VERSION:    v1
  
  $ kubectl get ing,netpol
  NAME                            CLASS   HOSTS          ADDRESS   PORTS   AGE
  ingress.networking.k8s.io/web   nginx   web.tk8s.lab             80      0s
  
  NAME                                           POD-SELECTOR   AGE
  networkpolicy.networking.k8s.io/allow-web      app=web        0s
  networkpolicy.networking.k8s.io/default-deny   <none>         0s
  $ kubectl delete netpol default-deny
  networkpolicy.networking.k8s.io "default-deny" deleted
  $ kubectl delete ingress web
  ingress.networking.k8s.io "web" deleted
  $ kubectl get ing
  No resources found in default namespace.
