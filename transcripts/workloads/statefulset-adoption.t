A StatefulSet claims only pods named after it (`<set>-<ordinal>`) whose labels match. A bare pod
called web-0 is adopted: the controller gives it the pod-name and pod-index labels it lacks (an
update, with its event), but it carries no revision of the set, so the rolling update replaces it
once web-1 is ready. A matching pod with another name is left alone.
  $ kubectl run web-0 --image=nginx --labels=app=nginx
  pod/web-0 created
  $ kubectl run stray --image=nginx --labels=app=nginx
  pod/stray created
  $ sleep 10
  $ cat <<EOF > web.yaml
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: web
  > spec:
  >   serviceName: nginx
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: nginx
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  $ kubectl apply -f web.yaml
  statefulset.apps/web created
  $ kubectl get pods --show-labels
  NAME    READY   STATUS              RESTARTS   AGE   LABELS
  goweb   1/1     Running             0          95m   run=goweb
  stray   1/1     Running             0          10s   app=nginx
  web-0   1/1     Running             0          10s   app=nginx,apps.kubernetes.io/pod-index=0,statefulset.kubernetes.io/pod-name=web-0
  web-1   0/1     ContainerCreating   0          0s    app=nginx,apps.kubernetes.io/pod-index=1,controller-revision-hash=web-5d85c59ddf,statefulset.kubernetes.io/pod-name=web-1
  $ kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name} owners={.metadata.ownerReferences[*].name}{"\n"}{end}'
  goweb owners=
  stray owners=
  web-0 owners=web
  web-1 owners=web
  $ sleep 5
  $ kubectl get pods -l app=nginx
  NAME    READY   STATUS              RESTARTS   AGE
  stray   1/1     Running             0          15s
  web-0   0/1     ContainerCreating   0          2s
  web-1   1/1     Running             0          5s
  $ sleep 5
  $ kubectl get pods -l app=nginx --show-labels
  NAME    READY   STATUS    RESTARTS   AGE   LABELS
  stray   1/1     Running   0          20s   app=nginx
  web-0   1/1     Running   0          7s    app=nginx,apps.kubernetes.io/pod-index=0,controller-revision-hash=web-5d85c59ddf,statefulset.kubernetes.io/pod-name=web-0
  web-1   1/1     Running   0          10s   app=nginx,apps.kubernetes.io/pod-index=1,controller-revision-hash=web-5d85c59ddf,statefulset.kubernetes.io/pod-name=web-1
  $ kubectl get events --field-selector involvedObject.kind=StatefulSet
  LAST SEEN   TYPE     REASON             OBJECT            MESSAGE
  10s         Normal   SuccessfulUpdate   statefulset/web   update Pod web-0 in StatefulSet web successful
  10s         Normal   SuccessfulCreate   statefulset/web   create Pod web-1 in StatefulSet web successful
  8s          Normal   SuccessfulDelete   statefulset/web   delete Pod web-0 in StatefulSet web successful
  7s          Normal   SuccessfulCreate   statefulset/web   create Pod web-0 in StatefulSet web successful

Deleted with --cascade=orphan, the set leaves its pods; applied again, it takes them back.
  $ kubectl delete statefulset web --cascade=orphan
  statefulset.apps "web" deleted
  $ kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name} owners={.metadata.ownerReferences[*].name}{"\n"}{end}'
  goweb owners=
  stray owners=
  web-0 owners=
  web-1 owners=
  $ kubectl apply -f web.yaml
  statefulset.apps/web created
  $ kubectl get statefulset web
  NAME   READY   AGE
  web    2/2     0s
  $ kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.metadata.name} owners={.metadata.ownerReferences[*].name}{"\n"}{end}'
  stray owners=
  web-0 owners=web
  web-1 owners=web
  $ kubectl get pods -l app=nginx
  NAME    READY   STATUS    RESTARTS   AGE
  stray   1/1     Running   0          20s
  web-0   1/1     Running   0          7s
  web-1   1/1     Running   0          10s
