A ReplicationController keeps its count of pods as a ReplicaSet does (kube-controller-manager
runs the same code for both), with a plain label map as selector, taken from the template's
labels when none is given. Its pods are named after it and owned by it.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: ReplicationController
  > metadata:
  >   name: nginx
  > spec:
  >   replicas: 3
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  >         ports:
  >         - containerPort: 80
  > EOF
  replicationcontroller/nginx created
  $ sleep 30
  $ kubectl get rc
  NAME    DESIRED   CURRENT   READY   AGE
  nginx   3         3         3       30s
  $ kubectl get pods -l app=nginx
  NAME          READY   STATUS    RESTARTS   AGE
  nginx-9nwv6   1/1     Running   0          30s
  nginx-p8xh2   1/1     Running   0          30s
  nginx-vck4g   1/1     Running   0          30s
  $ kubectl get pods -l app=nginx -o jsonpath='{.items[0].metadata.ownerReferences[0].kind}{"\n"}'
  ReplicationController
A pod that is lost is replaced under a new name; scaling deletes pods.
  $ kubectl delete $(kubectl get pods -l app=nginx -o name | head -1)
  pod "nginx-9nwv6" deleted
  $ kubectl get rc nginx
  NAME    DESIRED   CURRENT   READY   AGE
  nginx   3         3         2       31s
  $ kubectl scale rc nginx --replicas=1
  replicationcontroller/nginx scaled
  $ sleep 40
  $ kubectl get rc nginx -o wide
  NAME    DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES   SELECTOR
  nginx   1         1         1       71s   nginx        nginx    app=nginx
  $ kubectl attach rc/nginx -c nosuch
  error: cannot attach to the container: container nosuch not found in pod nginx-vck4g
  $ kubectl describe rc nginx
  Name:         nginx
  Namespace:    default
  Selector:     app=nginx
  Labels:       app=nginx
  Annotations:  <none>
  Replicas:     1 current / 1 desired
  Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed
  Pod Template:
    Labels:  app=nginx
    Containers:
     nginx:
      Image:         nginx
      Port:          80/TCP
      Host Port:     0/TCP
      Environment:   <none>
      Mounts:        <none>
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Events:
    Type    Reason            Age   From                    Message
    ----    ------            ----  ----                    -------
    Normal  SuccessfulCreate  71s   replication-controller  Created pod: nginx-9nwv6
    Normal  SuccessfulCreate  71s   replication-controller  Created pod: nginx-vck4g
    Normal  SuccessfulCreate  71s   replication-controller  Created pod: nginx-p8xh2
    Normal  SuccessfulCreate  41s   replication-controller  Created pod: nginx-qjkrj
    Normal  SuccessfulDelete  40s   replication-controller  Deleted pod: nginx-qjkrj
    Normal  SuccessfulDelete  40s   replication-controller  Deleted pod: nginx-p8xh2
  $ kubectl get rc nginx -o yaml
  apiVersion: v1
  kind: ReplicationController
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"ReplicationController","metadata":{"annotations":{},"name":"nginx","namespace":"default"},"spec":{"replicas":3,"template":{"metadata":{"labels":{"app":"nginx"}},"spec":{"containers":[{"image":"nginx","name":"nginx","ports":[{"containerPort":80}]}]}}}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 2
    labels:
      app: nginx
    name: nginx
    namespace: default
    resourceVersion: "215"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    replicas: 1
    selector:
      app: nginx
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: nginx
      spec:
        containers:
        - image: nginx
          imagePullPolicy: Always
          name: nginx
          ports:
          - containerPort: 80
            protocol: TCP
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status:
    availableReplicas: 1
    fullyLabeledReplicas: 1
    observedGeneration: 2
    readyReplicas: 1
    replicas: 1
rolling-update, the old way to roll a ReplicationController, is gone from kubectl.
  $ kubectl rolling-update nginx --image=nginx:1.27
  error: unknown command "rolling-update" for "kubectl"
A selector that does not match the template is refused; deleting the controller takes its pods.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: ReplicationController
  > metadata:
  >   name: bad
  > spec:
  >   selector:
  >     app: other
  >   template:
  >     metadata:
  >       labels:
  >         app: bad
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  The ReplicationController "bad" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"bad"}: `selector` does not match template `labels`
  $ kubectl delete rc nginx
  replicationcontroller "nginx" deleted
  $ sleep 40
  $ kubectl get pods -l app=nginx
  No resources found in default namespace.
