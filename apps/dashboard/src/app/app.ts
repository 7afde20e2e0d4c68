import { Component } from '@angular/core';
import { RouterModule } from '@angular/router';

@Component({
  imports: [RouterModule],
  selector: 'cb-root',
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {}
