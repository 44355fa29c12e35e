A CustomResourceDefinition's categories: a custom resource in the `all` category is listed by
`kubectl get all` after the built-in kinds, and a category of its own names it as a type does,
as kubectl 1.32 expands categories from discovery.
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: apiextensions.k8s.io/v1
  > kind: CustomResourceDefinition
  > metadata:
  >   name: widgets.example.com
  > spec:
  >   group: example.com
  >   scope: Namespaced
  >   names:
  >     plural: widgets
  >     singular: widget
  >     kind: Widget
  >     categories: [all, shop]
  >   versions:
  >   - name: v1
  >     served: true
  >     storage: true
  >     additionalPrinterColumns:
  >     - {name: Size, type: integer, jsonPath: .spec.size}
  >     - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
  >     schema:
  >       openAPIV3Schema:
  >         type: object
  >         x-kubernetes-preserve-unknown-fields: true
  > EOF2
  customresourcedefinition.apiextensions.k8s.io/widgets.example.com created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: example.com/v1
  > kind: Widget
  > metadata:
  >   name: w1
  > spec:
  >   size: 3
  > EOF2
  widget.example.com/w1 created
  $ kubectl create deployment web --image=nginx:1.27
  deployment.apps/web created
  $ sleep 30
  $ kubectl get all
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/goweb                  1/1     Running   0          95m
  pod/web-796cf5c97c-nx5gg   1/1     Running   0          30s
  
  NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  service/kubernetes   ClusterIP   10.98.0.1    <none>        443/TCP   46h
  
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   1/1     1            1           30s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-796cf5c97c   1         1         1       30s
  
  NAME                    SIZE   AGE
  widget.example.com/w1   3      30s
  $ kubectl get shop
  NAME   SIZE   AGE
  w1     3      30s
  $ kubectl get shop,svc -o name
  widget.example.com/w1
  service/kubernetes
