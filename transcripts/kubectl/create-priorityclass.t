kubectl create priorityclass (pc) makes a PriorityClass from flags: the value, whether it is the
global default, a description and the preemption policy. The apiserver checks the policy, the
value's range for user classes, and that only one class is the global default.
  $ kubectl create priorityclass high --value=1000 --description="jobs that must run first" --dry-run=client -o yaml
  apiVersion: scheduling.k8s.io/v1
  description: jobs that must run first
  kind: PriorityClass
  metadata:
    creationTimestamp: null
    name: high
  preemptionPolicy: PreemptLowerPriority
  value: 1000
  $ kubectl create pc high --value=1000 --description="jobs that must run first"
  priorityclass.scheduling.k8s.io/high created
  $ kubectl get pc
  NAME                      VALUE        GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY
  high                      1000         false            0s    PreemptLowerPriority
  system-cluster-critical   2000000000   false            46h   PreemptLowerPriority
  system-node-critical      2000001000   false            46h   PreemptLowerPriority
  $ kubectl describe pc high
  Name:              high
  Value:             1000
  GlobalDefault:     false
  PreemptionPolicy:  PreemptLowerPriority
  Description:       jobs that must run first
  Annotations:       <none>
  Events:            <none>
  $ kubectl create pc base --value=10 --global-default --preemption-policy=Never
  priorityclass.scheduling.k8s.io/base created
  $ kubectl create pc base2 --value=10 --global-default
  error: failed to create priorityclass: priorityclasses.scheduling.k8s.io "base2" is forbidden: PriorityClass base is already marked as default. Only one default can exist
  $ kubectl create pc top --value=1000000001
  error: failed to create priorityclass: PriorityClass.scheduling.k8s.io "top" is invalid: value: Forbidden: maximum allowed value of a user defined priority is 1000000000
  $ kubectl create pc odd --value=1 --preemption-policy=Sometimes
  error: failed to create priorityclass: PriorityClass.scheduling.k8s.io "odd" is invalid: preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"
  $ kubectl create pc big --value=99999999999
  error: invalid argument "99999999999" for "--value" flag: strconv.ParseInt: parsing "99999999999": value out of range
  See 'kubectl create priorityclass --help' for usage.
