export {
  startWorker,
  prepareJobQueue,
  JobQueueNotPreparedError,
  PUBLISH_DUE_QUEUE,
  SOURCE_CHECK_QUEUE,
  type JobLog,
  type RunningWorker,
  type StartWorkerOptions,
  type WorkerTasks,
} from "./worker";
