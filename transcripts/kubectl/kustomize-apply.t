kubectl apply -k builds the kustomization and applies what it makes, as apply -f would: created
the first time, unchanged the next. Changing a configMapGenerator's literal changes the hash in
the generated ConfigMap's name, so applying again creates a new ConfigMap and changes the
Deployment's reference to it: the Deployment rolls out a new ReplicaSet. get, describe and diff
take -k too; delete -k removes what the kustomization makes.
  $ mkdir app
  $ cat <<EOF > app/deployment.yaml
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 1
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  >         envFrom:
  >         - configMapRef:
  >             name: web-config
  > EOF
  $ cat <<EOF > app/kustomization.yaml
  > resources:
  > - deployment.yaml
  > labels:
  > - pairs:
  >     team: shop
  > configMapGenerator:
  > - name: web-config
  >   literals:
  >   - GREETING=hello
  > EOF
  $ kubectl apply -k app
  configmap/web-config-f655md8fbd created
  deployment.apps/web created
  $ kubectl apply -k app
  configmap/web-config-f655md8fbd unchanged
  deployment.apps/web unchanged
  $ kubectl get -k app
  NAME                              DATA   AGE
  configmap/web-config-f655md8fbd   1      0s
  
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   0/1     1            0           0s
  $ sleep 30
  $ kubectl get rs -l app=web
  NAME             DESIRED   CURRENT   READY   AGE
  web-864678d885   1         1         1       30s
  $ sed -i 's/GREETING=hello/GREETING=bonjour/' app/kustomization.yaml
  $ kubectl diff -k app | grep '^[-+] *name: web-config'
  -            name: web-config-f655md8fbd
  +            name: web-config-c949294kh8
  +  name: web-config-c949294kh8
  $ kubectl apply -k app
  configmap/web-config-c949294kh8 created
  deployment.apps/web configured
  $ sleep 30
  $ kubectl get rs -l app=web
  NAME             DESIRED   CURRENT   READY   AGE
  web-864678d885   0         0         0       60s
  web-86946549f7   1         1         1       30s
  $ kubectl get configmaps -l team=shop
  NAME                    DATA   AGE
  web-config-c949294kh8   1      30s
  web-config-f655md8fbd   1      60s
  $ kubectl delete -k app
  configmap "web-config-c949294kh8" deleted
  deployment.apps "web" deleted
  $ kubectl get configmaps -l team=shop
  NAME                    DATA   AGE
  web-config-f655md8fbd   1      60s
