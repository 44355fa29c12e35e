--save-config records the object a create generator built in its last-applied annotation, so
a later kubectl apply can three-way merge against it: deployment, job, cronjob and namespace
generators too, with a client dry run and without (checked against kubectl.1.32).
  $ kubectl create deployment web --image=nginx --save-config --dry-run=client -o yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}]}},"strategy":{}},"status":{}}
    creationTimestamp: null
    labels:
      app: web
    name: web
  spec:
    replicas: 1
    selector:
      matchLabels:
        app: web
    strategy: {}
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: web
      spec:
        containers:
        - image: nginx
          name: nginx
          resources: {}
  status: {}
  $ kubectl create job once --image=busybox -n kube-public --save-config --dry-run=client -o yaml
  apiVersion: batch/v1
  kind: Job
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"kind":"Job","apiVersion":"batch/v1","metadata":{"name":"once","namespace":"kube-public","creationTimestamp":null},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"once","image":"busybox","resources":{}}],"restartPolicy":"Never"}}},"status":{}}
    creationTimestamp: null
    name: once
    namespace: kube-public
  spec:
    template:
      metadata:
        creationTimestamp: null
      spec:
        containers:
        - image: busybox
          name: once
          resources: {}
        restartPolicy: Never
  status: {}
  $ kubectl create cronjob tick --image=busybox --schedule='*/5 * * * *' --save-config --dry-run=client -o json
  {
      "kind": "CronJob",
      "apiVersion": "batch/v1",
      "metadata": {
          "name": "tick",
          "creationTimestamp": null,
          "annotations": {
              "kubectl.kubernetes.io/last-applied-configuration": "{\"kind\":\"CronJob\",\"apiVersion\":\"batch/v1\",\"metadata\":{\"name\":\"tick\",\"creationTimestamp\":null},\"spec\":{\"schedule\":\"*/5 * * * *\",\"jobTemplate\":{\"metadata\":{\"name\":\"tick\",\"creationTimestamp\":null},\"spec\":{\"template\":{\"metadata\":{\"creationTimestamp\":null},\"spec\":{\"containers\":[{\"name\":\"tick\",\"image\":\"busybox\",\"resources\":{}}],\"restartPolicy\":\"OnFailure\"}}}}},\"status\":{}}\n"
          }
      },
      "spec": {
          "schedule": "*/5 * * * *",
          "jobTemplate": {
              "metadata": {
                  "name": "tick",
                  "creationTimestamp": null
              },
              "spec": {
                  "template": {
                      "metadata": {
                          "creationTimestamp": null
                      },
                      "spec": {
                          "containers": [
                              {
                                  "name": "tick",
                                  "image": "busybox",
                                  "resources": {}
                              }
                          ],
                          "restartPolicy": "OnFailure"
                      }
                  }
              }
          }
      },
      "status": {}
  }
  $ kubectl create namespace dev --save-config
  namespace/dev created
  $ kubectl get ns dev -o jsonpath='{.metadata.annotations}{"\n"}'
  {"kubectl.kubernetes.io/last-applied-configuration":"{\"kind\":\"Namespace\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"dev\",\"creationTimestamp\":null},\"spec\":{},\"status\":{}}\n"}
  $ kubectl create deployment web --image=nginx --save-config
  deployment.apps/web created
  $ kubectl apply view-last-applied deploy/web
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    creationTimestamp: null
    labels:
      app: web
    name: web
  spec:
    replicas: 1
    selector:
      matchLabels:
        app: web
    strategy: {}
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: web
      spec:
        containers:
        - image: nginx
          name: nginx
          resources: {}
  status: {}
  $ kubectl create deployment plain --image=nginx
  deployment.apps/plain created
  $ kubectl apply view-last-applied deploy/plain
