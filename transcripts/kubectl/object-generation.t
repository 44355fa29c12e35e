metadata.generation counts spec changes, for the kinds whose apiserver strategy keeps one:
workloads, NetworkPolicies, Ingresses. A Service has none, however its spec changes, and a
change of labels alone moves no generation.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ kubectl create ingress web --rule='web.local/=web:80'
  ingress.networking.k8s.io/web created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: web
  > spec:
  >   podSelector:
  >     matchLabels:
  >       app: web
  > EOF
  networkpolicy.networking.k8s.io/web created
  $ kubectl get deployment,service,ingress,networkpolicy web -o custom-columns=KIND:.kind,GENERATION:.metadata.generation
  KIND            GENERATION
  Deployment      1
  Service         <none>
  Ingress         1
  NetworkPolicy   1
  $ kubectl set image deployment/web nginx=nginx:1.27
  deployment.apps/web image updated
  $ kubectl patch service web --type=merge -p '{"spec":{"ports":[{"port":8080,"targetPort":80}]}}'
  service/web patched
  $ kubectl patch networkpolicy web --type=merge -p '{"spec":{"policyTypes":["Ingress","Egress"]}}'
  networkpolicy.networking.k8s.io/web patched
  $ kubectl label ingress web tier=front
  ingress.networking.k8s.io/web labeled
  $ kubectl get deployment,service,ingress,networkpolicy web -o custom-columns=KIND:.kind,GENERATION:.metadata.generation
  KIND            GENERATION
  Deployment      2
  Service         <none>
  Ingress         1
  NetworkPolicy   2
