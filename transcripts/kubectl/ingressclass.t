An IngressClass names the controller that serves Ingresses of that class, and its parameters.
  $ kubectl apply -f - <<EOF
  > apiVersion: networking.k8s.io/v1
  > kind: IngressClass
  > metadata:
  >   name: nginx
  >   annotations:
  >     ingressclass.kubernetes.io/is-default-class: "true"
  > spec:
  >   controller: k8s.io/ingress-nginx
  >   parameters:
  >     apiGroup: k8s.example.com
  >     kind: IngressParameters
  >     name: external-lb
  > EOF
  ingressclass.networking.k8s.io/nginx created
  $ kubectl get ingressclass
  NAME    CONTROLLER             PARAMETERS                                      AGE
  nginx   k8s.io/ingress-nginx   IngressParameters.k8s.example.com/external-lb   0s
  $ kubectl get ingressclasses.networking.k8s.io nginx -o wide
  NAME    CONTROLLER             PARAMETERS                                      AGE
  nginx   k8s.io/ingress-nginx   IngressParameters.k8s.example.com/external-lb   0s
  $ kubectl describe ingressclass nginx
  Name:         nginx
  Labels:       <none>
  Annotations:  ingressclass.kubernetes.io/is-default-class: true
  Controller:   k8s.io/ingress-nginx
  Parameters:
    APIGroup:  k8s.example.com
    Kind:      IngressParameters
    Name:      external-lb
  Events:      <none>
  $ kubectl api-resources --api-group=networking.k8s.io
  NAME              SHORTNAMES   APIVERSION             NAMESPACED   KIND
  ingressclasses                 networking.k8s.io/v1   false        IngressClass
  ingresses         ing          networking.k8s.io/v1   true         Ingress
  networkpolicies   netpol       networking.k8s.io/v1   true         NetworkPolicy
  $ kubectl create ingress web --class=nginx --rule='web.tk8s.lab/*=web:80'
  ingress.networking.k8s.io/web created
  $ kubectl get ingress
  NAME   CLASS   HOSTS          ADDRESS   PORTS   AGE
  web    nginx   web.tk8s.lab             80      0s

kubectl create ingress, checked against kubectl 1.32's own dry-run output: a path ending in *
is a Prefix path; ,tls lists the host under a secret (or the controller's default certificate).
  $ kubectl create ingress annotated --class=default --rule='foo.com/bar*=svc:http' --annotation ingress.annotation1=foo --default-backend=defaultsvc:http --rule='foo.com/=svc2:8080,tls' -n x --dry-run=client -o yaml
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata:
    annotations:
      ingress.annotation1: foo
    creationTimestamp: null
    name: annotated
    namespace: x
  spec:
    defaultBackend:
      service:
        name: defaultsvc
        port:
          name: http
    ingressClassName: default
    rules:
    - host: foo.com
      http:
        paths:
        - backend:
            service:
              name: svc
              port:
                name: http
          path: /bar
          pathType: Prefix
        - backend:
            service:
              name: svc2
              port:
                number: 8080
          path: /
          pathType: Exact
    tls:
    - hosts:
      - foo.com
  status:
    loadBalancer: {}
  $ kubectl create ingress simple --rule='foo.com/bar=svc1:8080,tls=my-cert' --dry-run=client -o json
  {
      "kind": "Ingress",
      "apiVersion": "networking.k8s.io/v1",
      "metadata": {
          "name": "simple",
          "creationTimestamp": null
      },
      "spec": {
          "tls": [
              {
                  "hosts": [
                      "foo.com"
                  ],
                  "secretName": "my-cert"
              }
          ],
          "rules": [
              {
                  "host": "foo.com",
                  "http": {
                      "paths": [
                          {
                              "path": "/bar",
                              "pathType": "Exact",
                              "backend": {
                                  "service": {
                                      "name": "svc1",
                                      "port": {
                                          "number": 8080
                                      }
                                  }
                              }
                          }
                      ]
                  }
              }
          ]
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl create ingress x
  error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)
  $ kubectl create ingress x --rule=bad
  error: rule bad is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]
  $ kubectl create ingress x --rule=/=s:80 --annotation=noeq
  error: annotation noeq is invalid and should be in format key=[value]
  $ kubectl create ingress x --default-backend=a
  error: default-backend should be in format servicename:serviceport
  $ kubectl create ingress --rule=a.com/=s:80
  error: exactly one NAME is required, got 0
  See 'kubectl create ingress -h' for help and examples
