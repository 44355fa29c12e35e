What kubectl get -o yaml writes for several objects is a List, and kubectl reads one back as
its items: a saved copy can be applied, read and deleted like any manifest.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ sleep 10
  $ kubectl get deployment,service web -o yaml > web-backup.yaml
  $ head -3 web-backup.yaml
  apiVersion: v1
  items:
  - apiVersion: apps/v1
  $ kubectl get -f web-backup.yaml
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   2/2     2            2           10s
  
  NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  service/web   ClusterIP   10.98.0.48   <none>        80/TCP    10s
  $ kubectl delete -f web-backup.yaml
  deployment.apps "web" deleted
  service "web" deleted
  $ kubectl create -f web-backup.yaml --dry-run=client -o name
  deployment.apps/web
  service/web
A typed list (ConfigMapList) gives its kind and apiVersion to items that name neither.
  $ cat > settings.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMapList
  > items:
  > - metadata:
  >     name: colors
  >   data:
  >     primary: blue
  > - apiVersion: v1
  >   kind: Secret
  >   metadata:
  >     name: token
  >   stringData:
  >     value: abc
  > EOF
  $ kubectl apply -f settings.yaml
  configmap/colors created
  secret/token created
  $ kubectl get configmap colors -o jsonpath='{.data.primary}{"\n"}'
  blue
An empty list holds nothing to create.
  $ printf 'apiVersion: v1\nkind: List\nitems: []\n' > empty.yaml
  $ kubectl create -f empty.yaml
  error: no objects passed to create
  $ echo $?
  1
