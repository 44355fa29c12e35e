The apiserver's strategic merge reads each list's strategy from the schema: Service ports merge
on port, NetworkPolicy rules and tolerations have no merge key and are replaced whole.
  $ kubectl create service clusterip web --tcp=80:8080 --tcp=443:8443
  service/web created
  $ kubectl patch svc web -p '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'
  service/web patched
  $ kubectl get svc web -o jsonpath='{range .spec.ports[*]}{.port}>{.targetPort} {end}'
  80>9090 443>8443  (no-eol)
  $ cat > np.yaml <<'EOF'
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: web
  > spec:
  >   podSelector: {}
  >   ingress:
  >   - ports:
  >     - port: 80
  >     - port: 443
  > EOF
  $ kubectl apply -f np.yaml
  networkpolicy.networking.k8s.io/web created
  $ kubectl patch netpol web -p '{"spec":{"ingress":[{"ports":[{"port":8080}]}]}}'
  networkpolicy.networking.k8s.io/web patched
  $ kubectl get netpol web -o jsonpath='{.spec.ingress[*].ports[*].port}'
  8080 (no-eol)
  $ kubectl run tol --image=nginx --overrides='{"spec":{"tolerations":[{"key":"a","operator":"Exists"}]}}' --dry-run=client -o jsonpath='{.spec.tolerations}'
  [{"key":"a","operator":"Exists"}] (no-eol)
