The typed clients of the other groups print in Go's struct order too: batch Jobs and CronJobs,
networking Ingresses, policy PodDisruptionBudgets, scheduling PriorityClasses, core quotas,
namespaces, config maps, secrets and service accounts, and the autoscaling/v1 answer `autoscale`
gets (the version it sent, not the stored autoscaling/v2). Empty fields Go leaves out are left
out; a few without `omitempty` are written as zero values (a budget's status counts).
  $ kubectl create job pi --image=perl:5.34 --dry-run=server -o json -- perl -e 'print 1'
  {
      "kind": "Job",
      "apiVersion": "batch/v1",
      "metadata": {
          "name": "pi",
          "namespace": "default",
          "uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z",
          "labels": {
              "batch.kubernetes.io/controller-uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
              "batch.kubernetes.io/job-name": "pi",
              "controller-uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
              "job-name": "pi"
          }
      },
      "spec": {
          "parallelism": 1,
          "completions": 1,
          "backoffLimit": 6,
          "selector": {
              "matchLabels": {
                  "batch.kubernetes.io/controller-uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32"
              }
          },
          "manualSelector": false,
          "template": {
              "metadata": {
                  "creationTimestamp": null,
                  "labels": {
                      "batch.kubernetes.io/controller-uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
                      "batch.kubernetes.io/job-name": "pi",
                      "controller-uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
                      "job-name": "pi"
                  }
              },
              "spec": {
                  "containers": [
                      {
                          "name": "pi",
                          "image": "perl:5.34",
                          "command": [
                              "perl",
                              "-e",
                              "print 1"
                          ],
                          "resources": {},
                          "terminationMessagePath": "/dev/termination-log",
                          "terminationMessagePolicy": "File",
                          "imagePullPolicy": "IfNotPresent"
                      }
                  ],
                  "restartPolicy": "Never",
                  "terminationGracePeriodSeconds": 30,
                  "dnsPolicy": "ClusterFirst",
                  "securityContext": {},
                  "schedulerName": "default-scheduler"
              }
          },
          "completionMode": "NonIndexed",
          "suspend": false,
          "podReplacementPolicy": "TerminatingOrFailed"
      },
      "status": {}
  }
  $ kubectl create cronjob tick --image=busybox --schedule='*/5 * * * *' -o json -- date
  {
      "kind": "CronJob",
      "apiVersion": "batch/v1",
      "metadata": {
          "name": "tick",
          "namespace": "default",
          "uid": "0485a1f7-4031-4f02-bfdf-a959b47888af",
          "resourceVersion": "165",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "spec": {
          "schedule": "*/5 * * * *",
          "concurrencyPolicy": "Allow",
          "suspend": false,
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
                                  "command": [
                                      "date"
                                  ],
                                  "resources": {},
                                  "terminationMessagePath": "/dev/termination-log",
                                  "terminationMessagePolicy": "File",
                                  "imagePullPolicy": "Always"
                              }
                          ],
                          "restartPolicy": "OnFailure",
                          "terminationGracePeriodSeconds": 30,
                          "dnsPolicy": "ClusterFirst",
                          "securityContext": {},
                          "schedulerName": "default-scheduler"
                      }
                  }
              }
          },
          "successfulJobsHistoryLimit": 3,
          "failedJobsHistoryLimit": 1
      },
      "status": {}
  }
  $ kubectl create job tick-now --from=cronjob/tick -o json | head -28
  {
      "kind": "Job",
      "apiVersion": "batch/v1",
      "metadata": {
          "name": "tick-now",
          "namespace": "default",
          "uid": "2aad8558-2326-4185-af69-5ea48a7cb866",
          "resourceVersion": "166",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z",
          "labels": {
              "batch.kubernetes.io/controller-uid": "2aad8558-2326-4185-af69-5ea48a7cb866",
              "batch.kubernetes.io/job-name": "tick-now",
              "controller-uid": "2aad8558-2326-4185-af69-5ea48a7cb866",
              "job-name": "tick-now"
          },
          "annotations": {
              "cronjob.kubernetes.io/instantiate": "manual"
          },
          "ownerReferences": [
              {
                  "apiVersion": "batch/v1",
                  "kind": "CronJob",
                  "name": "tick",
                  "uid": "0485a1f7-4031-4f02-bfdf-a959b47888af",
                  "controller": true
              }
          ]
  $ kubectl create ingress web --class=nginx --rule='foo.com/bar*=web:80' --rule='bar.com/=api:http,tls=bar-cert' --dry-run=server -o json
  {
      "kind": "Ingress",
      "apiVersion": "networking.k8s.io/v1",
      "metadata": {
          "name": "web",
          "namespace": "default",
          "uid": "d54bbf9b-c90d-4d87-90bb-4cbc2e35aca1",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "spec": {
          "ingressClassName": "nginx",
          "tls": [
              {
                  "hosts": [
                      "bar.com"
                  ],
                  "secretName": "bar-cert"
              }
          ],
          "rules": [
              {
                  "host": "foo.com",
                  "http": {
                      "paths": [
                          {
                              "path": "/bar",
                              "pathType": "Prefix",
                              "backend": {
                                  "service": {
                                      "name": "web",
                                      "port": {
                                          "number": 80
                                      }
                                  }
                              }
                          }
                      ]
                  }
              },
              {
                  "host": "bar.com",
                  "http": {
                      "paths": [
                          {
                              "path": "/",
                              "pathType": "Exact",
                              "backend": {
                                  "service": {
                                      "name": "api",
                                      "port": {
                                          "name": "http"
                                      }
                                  }
                              }
                          }
                      ]
                  }
              }
          ]
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl create pdb web --selector=app=web --min-available=50% --dry-run=server -o json
  {
      "kind": "PodDisruptionBudget",
      "apiVersion": "policy/v1",
      "metadata": {
          "name": "web",
          "namespace": "default",
          "uid": "1385d7c7-4a35-4aa4-9882-cc246a74010a",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "spec": {
          "minAvailable": "50%",
          "selector": {
              "matchLabels": {
                  "app": "web"
              }
          }
      },
      "status": {
          "disruptionsAllowed": 0,
          "currentHealthy": 0,
          "desiredHealthy": 0,
          "expectedPods": 0
      }
  }
  $ kubectl create priorityclass high --value=1000 --description='important pods' --preemption-policy=Never --dry-run=server -o json
  {
      "kind": "PriorityClass",
      "apiVersion": "scheduling.k8s.io/v1",
      "metadata": {
          "name": "high",
          "uid": "1644ceae-ef60-4dc1-8129-7f8794b38d08",
          "generation": 1,
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "value": 1000,
      "description": "important pods",
      "preemptionPolicy": "Never"
  }
  $ kubectl create quota small --hard=cpu=1,pods=4 --scopes=NotBestEffort --dry-run=server -o json
  {
      "kind": "ResourceQuota",
      "apiVersion": "v1",
      "metadata": {
          "name": "small",
          "namespace": "default",
          "uid": "5e0a275b-1b27-4e22-adac-f97563cb613a",
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "spec": {
          "hard": {
              "cpu": "1",
              "pods": "4"
          },
          "scopes": [
              "NotBestEffort"
          ]
      },
      "status": {}
  }
  $ kubectl create namespace team-a --dry-run=server -o json
  {
      "kind": "Namespace",
      "apiVersion": "v1",
      "metadata": {
          "name": "team-a",
          "uid": "c602f479-5db5-4dc6-a66b-d6cb6f146983",
          "creationTimestamp": "2025-04-23T07:25:00Z",
          "labels": {
              "kubernetes.io/metadata.name": "team-a"
          }
      },
      "spec": {
          "finalizers": [
              "kubernetes"
          ]
      },
      "status": {
          "phase": "Active"
      }
  }
  $ kubectl create configmap settings --from-literal=mode=fast --dry-run=server -o json
  {
      "kind": "ConfigMap",
      "apiVersion": "v1",
      "metadata": {
          "name": "settings",
          "namespace": "default",
          "uid": "517d637d-e755-40a8-849f-9e061b950ae2",
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "data": {
          "mode": "fast"
      }
  }
  $ kubectl create secret generic token --from-literal=key=s3cr3t --dry-run=server -o json
  {
      "kind": "Secret",
      "apiVersion": "v1",
      "metadata": {
          "name": "token",
          "namespace": "default",
          "uid": "7bc68569-bf6b-4304-980c-17de2bc41c72",
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "data": {
          "key": "czNjcjN0"
      },
      "type": "Opaque"
  }
  $ kubectl create serviceaccount robot --dry-run=server -o json
  {
      "kind": "ServiceAccount",
      "apiVersion": "v1",
      "metadata": {
          "name": "robot",
          "namespace": "default",
          "uid": "c37de22e-ce08-4c9a-ba88-2e0d0eaad333",
          "creationTimestamp": "2025-04-23T07:25:00Z"
      }
  }
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=60 -o json
  {
      "kind": "HorizontalPodAutoscaler",
      "apiVersion": "autoscaling/v1",
      "metadata": {
          "name": "web",
          "namespace": "default",
          "uid": "691c2286-0025-4204-b709-d922b15e973c",
          "resourceVersion": "184",
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "spec": {
          "scaleTargetRef": {
              "kind": "Deployment",
              "name": "web",
              "apiVersion": "apps/v1"
          },
          "minReplicas": 2,
          "maxReplicas": 5,
          "targetCPUUtilizationPercentage": 60
      },
      "status": {
          "currentReplicas": 0,
          "desiredReplicas": 0
      }
  }
  $ kubectl get hpa web -o json | head -4
  {
      "apiVersion": "autoscaling/v2",
      "kind": "HorizontalPodAutoscaler",
      "metadata": {
