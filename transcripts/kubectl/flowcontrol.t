API Priority and Fairness: the FlowSchemas and PriorityLevelConfigurations kube-apiserver creates
at its first start. A list of FlowSchemas prints in matching order (precedence, then name);
MISSINGPL is the Dangling condition the APF controller sets.
  $ kubectl get flowschemas
  NAME                           PRIORITYLEVEL     MATCHINGPRECEDENCE   DISTINGUISHERMETHOD   AGE   MISSINGPL
  exempt                         exempt            1                    <none>                46h   False
  probes                         exempt            2                    <none>                46h   False
  system-leader-election         leader-election   100                  ByUser                46h   False
  endpoint-controller            workload-high     150                  ByUser                46h   False
  workload-leader-election       leader-election   200                  ByUser                46h   False
  system-node-high               node-high         400                  ByUser                46h   False
  system-nodes                   system            500                  ByUser                46h   False
  kube-controller-manager        workload-high     800                  ByNamespace           46h   False
  kube-scheduler                 workload-high     800                  ByNamespace           46h   False
  kube-system-service-accounts   workload-high     900                  ByNamespace           46h   False
  service-accounts               workload-low      9000                 ByUser                46h   False
  global-default                 global-default    9900                 ByUser                46h   False
  catch-all                      catch-all         10000                ByUser                46h   False
  $ kubectl get flowschema kube-scheduler service-accounts -o wide
  NAME               PRIORITYLEVEL   MATCHINGPRECEDENCE   DISTINGUISHERMETHOD   AGE   MISSINGPL
  kube-scheduler     workload-high   800                  ByNamespace           46h   False
  service-accounts   workload-low    9000                 ByUser                46h   False
  $ kubectl get prioritylevelconfigurations
  NAME              TYPE      NOMINALCONCURRENCYSHARES   QUEUES   HANDSIZE   QUEUELENGTHLIMIT   AGE
  catch-all         Limited   5                          <none>   <none>     <none>             46h
  exempt            Exempt    <none>                     <none>   <none>     <none>             46h
  global-default    Limited   20                         128      6          50                 46h
  leader-election   Limited   10                         16       4          50                 46h
  node-high         Limited   40                         64       6          50                 46h
  system            Limited   30                         64       6          50                 46h
  workload-high     Limited   40                         128      6          50                 46h
  workload-low      Limited   100                        128      6          50                 46h
  $ kubectl get plc
  error: the server doesn't have a resource type "plc"
  $ kubectl get prioritylevelconfiguration workload-low -o yaml
  apiVersion: flowcontrol.apiserver.k8s.io/v1
  kind: PriorityLevelConfiguration
  metadata:
    annotations:
      apf.kubernetes.io/autoupdate-spec: "true"
    creationTimestamp: "2025-04-21T09:00:05Z"
    generation: 1
    name: workload-low
    resourceVersion: "107"
    uid: 07e411e7-f515-4cd5-8f09-09694b2dc128
  spec:
    limited:
      lendablePercent: 90
      limitResponse:
        queuing:
          handSize: 6
          queueLengthLimit: 50
          queues: 128
        type: Queue
      nominalConcurrencyShares: 100
    type: Limited
  status: {}
  $ kubectl get flowschemas.flowcontrol.apiserver.k8s.io probes -o yaml
  apiVersion: flowcontrol.apiserver.k8s.io/v1
  kind: FlowSchema
  metadata:
    annotations:
      apf.kubernetes.io/autoupdate-spec: "true"
    creationTimestamp: "2025-04-21T09:00:05Z"
    generation: 1
    name: probes
    resourceVersion: "113"
    uid: 36f83155-06ea-4807-9cff-ea0bce1c46b0
  spec:
    matchingPrecedence: 2
    priorityLevelConfiguration:
      name: exempt
    rules:
    - nonResourceRules:
      - nonResourceURLs:
        - /healthz
        - /readyz
        - /livez
        verbs:
        - get
      subjects:
      - group:
          name: system:unauthenticated
        kind: Group
      - group:
          name: system:authenticated
        kind: Group
  status:
    conditions:
    - lastTransitionTime: "2025-04-21T09:00:05Z"
      message: This FlowSchema references the PriorityLevelConfiguration object named
        "exempt" and it exists
      reason: Found
      status: "False"
      type: Dangling
  $ kubectl describe flowschema probes
  Name:         probes
  Namespace:    
  Labels:       <none>
  Annotations:  apf.kubernetes.io/autoupdate-spec: true
  API Version:  flowcontrol.apiserver.k8s.io/v1
  Kind:         FlowSchema
  Metadata:
    Creation Timestamp:  2025-04-21T09:00:05Z
    Generation:          1
    Resource Version:    113
    UID:                 36f83155-06ea-4807-9cff-ea0bce1c46b0
  Spec:
    Matching Precedence:  2
    Priority Level Configuration:
      Name:  exempt
    Rules:
      Non Resource Rules:
        Non Resource UR Ls:
          /healthz
          /readyz
          /livez
        Verbs:
          get
      Subjects:
        Group:
          Name:  system:unauthenticated
        Kind:    Group
        Group:
          Name:  system:authenticated
        Kind:    Group
  Status:
    Conditions:
      Last Transition Time:  2025-04-21T09:00:05Z
      Message:               This FlowSchema references the PriorityLevelConfiguration object named "exempt" and it exists
      Reason:                Found
      Status:                False
      Type:                  Dangling
  Events:                    <none>
  $ kubectl get fs
  error: the server doesn't have a resource type "fs"
