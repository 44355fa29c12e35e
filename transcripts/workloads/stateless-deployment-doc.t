The task "Run a Stateless Application Using a Deployment" on the lab: nginx 1.14.2, then
1.16.1, then four replicas.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: nginx-deployment
  > spec:
  >   selector:
  >     matchLabels:
  >       app: nginx
  >   replicas: 2 # tells deployment to run 2 pods matching the template
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.14.2
  >         ports:
  >         - containerPort: 80
  > EOF
  deployment.apps/nginx-deployment created
  $ kubectl describe deployment nginx-deployment
  Name:                   nginx-deployment
  Namespace:              default
  CreationTimestamp:      Wed, 23 Apr 2025 07:25:00 +0000
  Labels:                 <none>
  Annotations:            deployment.kubernetes.io/revision: 1
  Selector:               app=nginx
  Replicas:               2 desired | 2 updated | 2 total | 0 available | 2 unavailable
  StrategyType:           RollingUpdate
  MinReadySeconds:        0
  RollingUpdateStrategy:  25% max unavailable, 25% max surge
  Pod Template:
    Labels:  app=nginx
    Containers:
     nginx:
      Image:         nginx:1.14.2
      Port:          80/TCP
      Host Port:     0/TCP
      Environment:   <none>
      Mounts:        <none>
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Conditions:
    Type           Status  Reason
    ----           ------  ------
    Available      False   MinimumReplicasUnavailable
    Progressing    True    ReplicaSetUpdated
  OldReplicaSets:  <none>
  NewReplicaSet:   nginx-deployment-647677fc66 (2/2 replicas created)
  Events:
    Type    Reason             Age   From                   Message
    ----    ------             ----  ----                   -------
    Normal  ScalingReplicaSet  0s    deployment-controller  Scaled up replica set nginx-deployment-647677fc66 from 0 to 2
  $ sleep 30
  $ kubectl get pods -l app=nginx
  NAME                                READY   STATUS    RESTARTS   AGE
  nginx-deployment-647677fc66-c89zj   1/1     Running   0          30s
  nginx-deployment-647677fc66-c9dcc   1/1     Running   0          30s
  $ kubectl describe deployment nginx-deployment
  Name:                   nginx-deployment
  Namespace:              default
  CreationTimestamp:      Wed, 23 Apr 2025 07:25:00 +0000
  Labels:                 <none>
  Annotations:            deployment.kubernetes.io/revision: 1
  Selector:               app=nginx
  Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
  StrategyType:           RollingUpdate
  MinReadySeconds:        0
  RollingUpdateStrategy:  25% max unavailable, 25% max surge
  Pod Template:
    Labels:  app=nginx
    Containers:
     nginx:
      Image:         nginx:1.14.2
      Port:          80/TCP
      Host Port:     0/TCP
      Environment:   <none>
      Mounts:        <none>
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Conditions:
    Type           Status  Reason
    ----           ------  ------
    Available      True    MinimumReplicasAvailable
    Progressing    True    NewReplicaSetAvailable
  OldReplicaSets:  <none>
  NewReplicaSet:   nginx-deployment-647677fc66 (2/2 replicas created)
  Events:
    Type    Reason             Age   From                   Message
    ----    ------             ----  ----                   -------
    Normal  ScalingReplicaSet  30s   deployment-controller  Scaled up replica set nginx-deployment-647677fc66 from 0 to 2
  $ kubectl exec deploy/nginx-deployment -- nginx -v
  nginx version: nginx/1.14.2
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: nginx-deployment
  > spec:
  >   selector:
  >     matchLabels:
  >       app: nginx
  >   replicas: 2 # tells deployment to run 2 pods matching the template
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.16.1
  >         ports:
  >         - containerPort: 80
  > EOF
  deployment.apps/nginx-deployment configured
  $ kubectl get pods -l app=nginx
  NAME                                READY   STATUS              RESTARTS   AGE
  nginx-deployment-647677fc66-c89zj   1/1     Running             0          30s
  nginx-deployment-647677fc66-c9dcc   1/1     Running             0          30s
  nginx-deployment-8d94c585f-m6jdk    0/1     ContainerCreating   0          0s
  $ sleep 30
  $ kubectl get pods -l app=nginx
  NAME                               READY   STATUS    RESTARTS   AGE
  nginx-deployment-8d94c585f-m6jdk   1/1     Running   0          30s
  nginx-deployment-8d94c585f-mkprr   1/1     Running   0          25s
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: nginx-deployment
  > spec:
  >   selector:
  >     matchLabels:
  >       app: nginx
  >   replicas: 4 # Update the replicas from 2 to 4
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.16.1
  >         ports:
  >         - containerPort: 80
  > EOF
  deployment.apps/nginx-deployment configured
  $ sleep 10
  $ kubectl get pods -l app=nginx
  NAME                               READY   STATUS    RESTARTS   AGE
  nginx-deployment-8d94c585f-64nvf   1/1     Running   0          10s
  nginx-deployment-8d94c585f-kkfvx   1/1     Running   0          10s
  nginx-deployment-8d94c585f-m6jdk   1/1     Running   0          40s
  nginx-deployment-8d94c585f-mkprr   1/1     Running   0          35s
  $ kubectl delete deployment nginx-deployment
  deployment.apps "nginx-deployment" deleted
