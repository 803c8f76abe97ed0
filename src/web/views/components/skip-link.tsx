export function SkipLink() {
  return (
    <a class="skip-link" href="#main">
      跳到主要内容
    </a>
  );
}
