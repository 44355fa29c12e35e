create, apply and run with -o yaml print what the apiserver answered: the object as stored
right after admission (defaults, uid, resourceVersion, creationTimestamp, a status as the
kind's create strategy leaves it), before any controller, the scheduler or a kubelet acted.
A later get shows what they did.
  $ kubectl create deployment web --image=nginx --replicas=2 -o yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    labels:
      app: web
    name: web
    namespace: default
    resourceVersion: "165"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    progressDeadlineSeconds: 600
    replicas: 2
    revisionHistoryLimit: 10
    selector:
      matchLabels:
        app: web
    strategy:
      rollingUpdate:
        maxSurge: 25%
        maxUnavailable: 25%
      type: RollingUpdate
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: web
      spec:
        containers:
        - image: nginx
          imagePullPolicy: Always
          name: nginx
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status: {}
  $ kubectl get deployment web -o jsonpath='{.status.replicas}{"\n"}'
  2
  $ kubectl run solo --image=nginx -o json
  {
      "kind": "Pod",
      "apiVersion": "v1",
      "metadata": {
          "name": "solo",
          "namespace": "default",
          "uid": "0ded8720-bb4c-4c2e-a5ac-a191385d7c74",
          "resourceVersion": "181",
          "creationTimestamp": "2025-04-23T07:25:00Z",
          "labels": {
              "run": "solo"
          }
      },
      "spec": {
          "volumes": [
              {
                  "name": "kube-api-access-hpk2k",
                  "projected": {
                      "sources": [
                          {
                              "serviceAccountToken": {
                                  "expirationSeconds": 3607,
                                  "path": "token"
                              }
                          },
                          {
                              "configMap": {
                                  "name": "kube-root-ca.crt",
                                  "items": [
                                      {
                                          "key": "ca.crt",
                                          "path": "ca.crt"
                                      }
                                  ]
                              }
                          },
                          {
                              "downwardAPI": {
                                  "items": [
                                      {
                                          "path": "namespace",
                                          "fieldRef": {
                                              "apiVersion": "v1",
                                              "fieldPath": "metadata.namespace"
                                          }
                                      }
                                  ]
                              }
                          }
                      ],
                      "defaultMode": 420
                  }
              }
          ],
          "containers": [
              {
                  "name": "solo",
                  "image": "nginx",
                  "resources": {},
                  "volumeMounts": [
                      {
                          "name": "kube-api-access-hpk2k",
                          "readOnly": true,
                          "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"
                      }
                  ],
                  "terminationMessagePath": "/dev/termination-log",
                  "terminationMessagePolicy": "File",
                  "imagePullPolicy": "Always"
              }
          ],
          "restartPolicy": "Always",
          "terminationGracePeriodSeconds": 30,
          "dnsPolicy": "ClusterFirst",
          "serviceAccountName": "default",
          "serviceAccount": "default",
          "securityContext": {},
          "schedulerName": "default-scheduler",
          "tolerations": [
              {
                  "key": "node.kubernetes.io/not-ready",
                  "operator": "Exists",
                  "effect": "NoExecute",
                  "tolerationSeconds": 300
              },
              {
                  "key": "node.kubernetes.io/unreachable",
                  "operator": "Exists",
                  "effect": "NoExecute",
                  "tolerationSeconds": 300
              }
          ],
          "priority": 0,
          "enableServiceLinks": true,
          "preemptionPolicy": "PreemptLowerPriority"
      },
      "status": {
          "phase": "Pending",
          "qosClass": "BestEffort"
      }
  }
  $ kubectl get pod solo -o jsonpath='{.spec.nodeName} {.status.phase}{"\n"}'
  tk8s-worker2 Pending
  $ cat <<EOF | kubectl apply -o yaml -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: web
  >   ports:
  >   - port: 80
  > EOF
  apiVersion: v1
  kind: Service
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80}],"selector":{"app":"web"}}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "185"
    uid: 4b882cc2-46a7-4010-8116-44ceaeef603d
  spec:
    clusterIP: 10.98.0.126
    clusterIPs:
    - 10.98.0.126
    internalTrafficPolicy: Cluster
    ipFamilies:
    - IPv4
    ipFamilyPolicy: SingleStack
    ports:
    - port: 80
      protocol: TCP
      targetPort: 80
    selector:
      app: web
    sessionAffinity: None
    type: ClusterIP
  status:
    loadBalancer: {}
  $ kubectl scale deployment web --replicas=3 -o yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations:
      deployment.kubernetes.io/revision: "1"
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    labels:
      app: web
    name: web
    namespace: default
    resourceVersion: "180"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    progressDeadlineSeconds: 600
    replicas: 2
    revisionHistoryLimit: 10
    selector:
      matchLabels:
        app: web
    strategy:
      rollingUpdate:
        maxSurge: 25%
        maxUnavailable: 25%
      type: RollingUpdate
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: web
      spec:
        containers:
        - image: nginx
          imagePullPolicy: Always
          name: nginx
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status:
    conditions:
    - lastTransitionTime: "2025-04-23T07:25:00Z"
      lastUpdateTime: "2025-04-23T07:25:00Z"
      message: Deployment does not have minimum availability.
      reason: MinimumReplicasUnavailable
      status: "False"
      type: Available
    - lastTransitionTime: "2025-04-23T07:25:00Z"
      lastUpdateTime: "2025-04-23T07:25:00Z"
      message: ReplicaSet "web-65d846d465" is progressing.
      reason: ReplicaSetUpdated
      status: "True"
      type: Progressing
    observedGeneration: 1
    replicas: 2
    unavailableReplicas: 2
    updatedReplicas: 2
