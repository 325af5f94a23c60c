/** One reactive value for a test to change, as a component's state would be ($state.raw). */
export class Cell<T> {
  value: T;

  constructor(value: T) {
    this.value = $state.raw(value);
  }
}
